package dev.opsmith.format.yaml;

import dev.opsmith.core.SourceFile;

import java.util.List;

/** A parsed YAML stream: its documents in order, and the duplicate keys found in them. */
public record YamlFile(SourceFile source, List<YamlDocument> documents, List<DuplicateKey> duplicateKeys) {
    public YamlFile {
        documents = List.copyOf(documents);
        duplicateKeys = List.copyOf(duplicateKeys);
    }
}
