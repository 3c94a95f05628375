package dev.opsmith.format.compose;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.yaml.YamlFile;

/**
 * One file of a Compose project, in merge order.
 *
 * @param yaml    the parsed file (its documents' roots are merged in order, as Compose merges multi-document files)
 * @param scanned whether this is the file being scanned (findings may point only into it)
 */
public record ComposeFile(YamlFile yaml, boolean scanned) {
    public SourceFile source() {
        return yaml.source();
    }

    public String relativePath() {
        return yaml.source().relativePath();
    }

    @Override
    public String toString() {
        return relativePath();
    }
}
