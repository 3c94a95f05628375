package dev.opsmith.scan;

import dev.opsmith.core.Format;

/** The handler of each format: one line per format. */
final class FormatHandlers {
    private static final DockerfileHandler DOCKERFILE = new DockerfileHandler();
    private static final KubernetesHandler KUBERNETES = new KubernetesHandler();
    private static final ComposeHandler COMPOSE = new ComposeHandler();
    private static final TerraformHandler TERRAFORM = new TerraformHandler();

    private FormatHandlers() {
    }

    static FormatHandler forFormat(Format format) {
        return switch (format) {
            case DOCKERFILE -> DOCKERFILE;
            case KUBERNETES -> KUBERNETES;
            case COMPOSE -> COMPOSE;
            case TERRAFORM -> TERRAFORM;
            case HELM, KUSTOMIZE -> throw new IllegalArgumentException(format + " is rendered, not parsed: see scan.render");
        };
    }
}
