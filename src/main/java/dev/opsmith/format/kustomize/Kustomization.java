package dev.opsmith.format.kustomize;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlMissing;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code kustomization.yaml} as far as the render stage needs it: every reference to other content (resources,
 * bases, components, patches, generators, transformers, validators, Helm charts), each with its span, so refusals
 * point at the entry and patched fields can be attributed to the patch that set them.
 */
public record Kustomization(SourceFile source, boolean component, List<Reference> references, List<Patch> patches,
                            List<Span> helmCharts) {

    /** What a reference is used for. */
    public enum Use { RESOURCE, BASE, COMPONENT, GENERATOR, TRANSFORMER, VALIDATOR, OTHER_FILE }

    /** A path or URL the kustomization reads, or an inline plugin configuration ({@code inline} non-null). */
    public record Reference(Use use, String value, Span span, YamlNode inline) {
        /** URLs, git references and host/path forms kustomize would fetch. */
        public boolean remote() {
            return inline == null && REMOTE.matcher(value).find();
        }

        /** {@code host.example.com/org/repo} or {@code 10.0.0.1:8080/x}: remote unless such a local path exists. */
        public boolean hostLike() {
            return inline == null && HOST.matcher(value).find();
        }
    }

    /**
     * A patch: a file ({@code path}) or inline text ({@code inline}), with its target when declared.
     * {@code json6902} for JSON patches (an explicit patchesJson6902 entry, or a patch whose text is a list of ops).
     */
    public record Patch(String path, YamlNode inline, String targetKind, String targetName, boolean json6902, Span span) {
    }

    private static final Pattern REMOTE = Pattern.compile(
            "^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|git@|git::|(?:github\\.com|gitlab\\.com|bitbucket\\.org)[/:])|\\?ref=|\\?version=|\\.git(?:/|$|\\?)");
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?::\\d+)?/[^/]");

    public Kustomization {
        references = List.copyOf(references);
        patches = List.copyOf(patches);
        helmCharts = List.copyOf(helmCharts);
    }

    public static Kustomization parse(SourceFile source) throws YamlParseException {
        YamlFile yaml = YamlParser.parse(source, Resolution.YAML_1_2);
        YamlNode root = yaml.documents().isEmpty()
                ? new YamlMissing("", Span.of(1, 1, 1, 1), YamlMissing.Reason.ABSENT) : yaml.documents().get(0).root();
        List<Reference> refs = new ArrayList<>();
        strings(root, "resources", Use.RESOURCE, refs);
        strings(root, "bases", Use.BASE, refs);
        strings(root, "components", Use.COMPONENT, refs);
        strings(root, "crds", Use.OTHER_FILE, refs);
        plugins(root, "generators", Use.GENERATOR, refs);
        plugins(root, "transformers", Use.TRANSFORMER, refs);
        plugins(root, "validators", Use.VALIDATOR, refs);
        for (YamlNode r : root.get("replacements").items()) {
            r.get("path").text().ifPresent(p -> refs.add(new Reference(Use.OTHER_FILE, p, r.get("path").span(), null)));
        }
        root.get("openapi").get("path").text().ifPresent(p -> refs.add(new Reference(Use.OTHER_FILE, p, root.get("openapi").span(), null)));
        for (String gen : List.of("configMapGenerator", "secretGenerator")) {
            for (YamlNode g : root.get(gen).items()) {
                for (String list : List.of("files", "envs")) {
                    for (YamlNode f : g.get(list).items()) {
                        f.text().ifPresent(t -> refs.add(new Reference(Use.OTHER_FILE, fileOf(t), f.span(), null)));
                    }
                }
                g.get("env").text().ifPresent(t -> refs.add(new Reference(Use.OTHER_FILE, t, g.get("env").span(), null)));
            }
        }
        List<Patch> patches = new ArrayList<>();
        for (YamlNode p : root.get("patches").items()) patches.add(patch(p, false));
        for (YamlNode p : root.get("patchesJson6902").items()) patches.add(patch(p, true));
        for (YamlNode p : root.get("patchesStrategicMerge").items()) {
            String text = p.text().orElse("");
            boolean inline = text.contains("\n") || text.contains(":");
            patches.add(new Patch(inline ? null : text, inline ? p : null, "", "", false, p.span()));
        }
        List<Span> helm = new ArrayList<>();
        for (YamlNode h : root.get("helmCharts").items()) helm.add(h.span());
        if (root.get("helmChartInflationGenerator").present()) helm.add(root.get("helmChartInflationGenerator").span());
        if (root.get("helmGlobals").present() && helm.isEmpty()) helm.add(root.get("helmGlobals").span());
        boolean component = root.get("kind").text().orElse("").equals("Component");
        return new Kustomization(source, component, refs, patches, helm);
    }

    /** {@code key=path} in a generator's files list names the file after {@code =}. */
    private static String fileOf(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(eq + 1);
    }

    private static Patch patch(YamlNode p, boolean json6902) {
        YamlNode target = p.get("target");
        String path = p.get("path").text().orElse(null);
        YamlNode inline = p.get("patch").present() ? p.get("patch") : null;
        boolean json = json6902 || inline != null && inline.text().orElse("").stripLeading().startsWith("- op:")
                || inline != null && inline.text().orElse("").stripLeading().startsWith("[");
        return new Patch(path, inline, target.get("kind").text().orElse(""), target.get("name").text().orElse(""), json, p.span());
    }

    private static void strings(YamlNode root, String key, Use use, List<Reference> out) {
        for (YamlNode n : root.get(key).items()) n.text().ifPresent(t -> out.add(new Reference(use, t, n.span(), null)));
    }

    /** Plugin lists hold file paths, or (kustomize 4+) inline configurations. */
    private static void plugins(YamlNode root, String key, Use use, List<Reference> out) {
        for (YamlNode n : root.get(key).items()) {
            if (n.isMapping()) out.add(new Reference(use, "", n.span(), n));
            else n.text().ifPresent(t -> out.add(new Reference(use, t, n.span(), t.contains("\n") ? n : null)));
        }
    }
}
