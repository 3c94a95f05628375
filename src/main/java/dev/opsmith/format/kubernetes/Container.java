package dev.opsmith.format.kubernetes;

import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.Optional;

/** A container of a pod spec, with the fields rules read most. */
public record Container(YamlMapping node, ContainerKind kind, int index) {

    public Optional<String> name() {
        return node.get("name").text();
    }

    /** {@code container "api"} / {@code init container "migrate"}, as messages name it. */
    public String display() {
        String prefix = switch (kind) {
            case CONTAINER -> "container";
            case INIT -> "init container";
            case EPHEMERAL -> "ephemeral container";
        };
        return prefix + " \"" + name().orElse("#" + index) + "\"";
    }

    public YamlNode image() {
        return node.get("image");
    }

    public YamlNode securityContext() {
        return node.get("securityContext");
    }

    public YamlNode resources() {
        return node.get("resources");
    }

    public YamlNode ports() {
        return node.get("ports");
    }

    /** Where to report something the container lacks: its {@code name:} entry, else the container. */
    public dev.opsmith.core.Span anchor() {
        var entry = node.entry("name");
        return entry != null ? entry.span() : node.span();
    }
}
