package dev.opsmith.core;

import java.util.Locale;

/** A file format opsmith understands. */
public enum Format {
    DOCKERFILE,
    /** Kubernetes manifests: YAML documents with apiVersion and kind (other YAML is parsed, not checked). */
    KUBERNETES,
    /** Docker Compose files, claimed by name ({@code compose.yaml}, {@code docker-compose.*.yml}, …). */
    COMPOSE,
    /** Terraform and OpenTofu configurations ({@code .tf}, {@code .tf.json}, {@code .tofu}) and variable files ({@code .tfvars}). */
    TERRAFORM,
    /** Helm charts: rendered by Helm, then checked as Kubernetes manifests; their own rules report rendering problems. */
    HELM,
    /** Kustomizations: built by kustomize, then checked as Kubernetes manifests; their own rules report refusals and failures. */
    KUSTOMIZE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
