package dev.opsmith.scan.render;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How charts and kustomizations are rendered.
 *
 * @param helm          whether charts are rendered (off: each chart gets an informational HELM004)
 * @param helmValues    values files given for every chart (--helm-values), after the chart's values.yaml
 * @param helmSet       --helm-set values
 * @param helmMatrix    environment name → values files (--helm-values-matrix); empty: files named
 *                      {@code values-<env>.yaml} beside a chart's values.yaml form its matrix, else one render
 * @param kubeVersion   the Kubernetes version Helm renders for ({@code 1.36})
 * @param kustomize     auto (build when a binary is found), off, or required (no binary is an error)
 * @param kustomizeBinary the binary to use, or null to look on PATH
 * @param timeoutMillis per render
 */
public record RenderOptions(boolean helm, List<Path> helmValues, Map<String, String> helmSet,
                            Map<String, List<Path>> helmMatrix, String kubeVersion, String kustomize,
                            Path kustomizeBinary, long timeoutMillis) {

    public static final RenderOptions OFF = new RenderOptions(false, List.of(), Map.of(), Map.of(), "1.36", "off", null, 60_000);

    public RenderOptions {
        helmValues = List.copyOf(helmValues);
        helmSet = Map.copyOf(new LinkedHashMap<>(helmSet));
        helmMatrix = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(helmMatrix));
    }

    /** Rendering as the command line does it by default. */
    public static RenderOptions defaults(String kubeVersion) {
        return new RenderOptions(true, List.of(), Map.of(), Map.of(), kubeVersion, "auto", null, 60_000);
    }
}
