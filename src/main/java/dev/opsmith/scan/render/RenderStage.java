package dev.opsmith.scan.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The render step of the scan: charts through embedded Helm, kustomizations through kustomize, each into
 * {@link Rendering}s the Kubernetes rules check. Runs before the rules, in the scanning thread.
 */
public final class RenderStage {
    private RenderStage() {
    }

    /** A folder to render, with its path relative to the scan root. */
    public record Folder(Path path, String relativePath) {
    }

    public static RenderResult run(Path root, List<Folder> charts, List<Folder> kustomizations, RenderOptions options) {
        RenderResult out = new RenderResult();
        if (!charts.isEmpty()) {
            try (HelmProcess helm = new HelmProcess(options.timeoutMillis())) {
                HelmCharts renderer = new HelmCharts(options, root, helm);
                for (Folder c : charts) renderer.render(c.path(), c.relativePath(), out);
            }
        }
        new KustomizeBuilds(options, root).render(kustomizations.stream().map(Folder::path).toList(), out);
        return out;
    }
}
