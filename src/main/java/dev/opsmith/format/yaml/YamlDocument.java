package dev.opsmith.format.yaml;

/** One document of a YAML stream (0-based index). */
public record YamlDocument(int index, YamlNode root) {
}
