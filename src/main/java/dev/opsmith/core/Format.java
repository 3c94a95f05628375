package dev.opsmith.core;

import java.util.Locale;

/** A file format opsmith understands. */
public enum Format {
    DOCKERFILE,
    /** Kubernetes manifests: YAML documents with apiVersion and kind (other YAML is parsed, not checked). */
    KUBERNETES,
    /** Docker Compose files, claimed by name ({@code compose.yaml}, {@code docker-compose.*.yml}, …). */
    COMPOSE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
