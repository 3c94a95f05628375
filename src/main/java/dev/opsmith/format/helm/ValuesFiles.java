package dev.opsmith.format.helm;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;

import java.util.List;
import java.util.Optional;

/** The values files of one render, in Helm's order (the chart's {@code values.yaml} first, the last file wins). */
public final class ValuesFiles {

    /** A parsed values file. */
    public record ValuesFile(SourceFile source, YamlNode root) {
        public static ValuesFile of(SourceFile source, List<YamlDocument> documents) {
            YamlNode root = documents.isEmpty()
                    ? new dev.opsmith.format.yaml.YamlMissing("", Span.of(1, 1, 1, 1), dev.opsmith.format.yaml.YamlMissing.Reason.ABSENT)
                    : documents.get(0).root();
            return new ValuesFile(source, root);
        }
    }

    /** Where a value is set. */
    public record Location(SourceFile file, Span span, String path) {
    }

    private final List<ValuesFile> files;

    public ValuesFiles(List<ValuesFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * The file and entry that set {@code path} (dotted) in the render: the last file that sets it. When no file sets
     * the full path, the deepest prefix some file sets (the block the value would have come from) is returned.
     */
    public Optional<Location> find(List<String> path) {
        for (int len = path.size(); len > 0; len--) {
            List<String> prefix = path.subList(0, len);
            for (int i = files.size() - 1; i >= 0; i--) {
                Optional<Span> s = entrySpan(files.get(i).root(), prefix);
                if (s.isPresent()) return Optional.of(new Location(files.get(i).source(), s.get(), String.join(".", prefix)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> entrySpan(YamlNode root, List<String> path) {
        YamlNode node = root;
        Span found = null;
        for (String key : path) {
            YamlEntry hit = null;
            for (YamlEntry e : node.entries()) {
                if (e.key().text().orElse("").equals(key)) hit = e;
            }
            if (hit == null) return Optional.empty();
            found = hit.key().span();
            node = hit.value();
        }
        return Optional.ofNullable(found);
    }
}
