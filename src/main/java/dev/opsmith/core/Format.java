package dev.opsmith.core;

import java.util.Locale;

/** A file format opsmith understands. */
public enum Format {
    DOCKERFILE,
    /** Kubernetes manifests: YAML documents with apiVersion and kind (other YAML is parsed, not checked). */
    KUBERNETES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
