package dev.opsmith.format.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * Helm's rendered output split by its {@code # Source: chart/templates/x.yaml} comments: which template each
 * line of the output came from.
 */
public final class RenderedManifest {
    private static final String SOURCE = "# Source: ";

    /** Lines {@code firstLine..lastLine} (1-based, inclusive) of the output came from {@code source}. */
    public record Part(String source, int firstLine, int lastLine) {
    }

    private final List<Part> parts;

    private RenderedManifest(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static RenderedManifest of(String output) {
        List<Part> parts = new ArrayList<>();
        String[] lines = output.split("\n", -1);
        String current = null;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(SOURCE)) {
                if (current != null) parts.add(new Part(current, first, i)); // up to the line before
                current = line.substring(SOURCE.length()).strip();
                first = i + 1;
            }
        }
        if (current != null) parts.add(new Part(current, first, lines.length));
        return new RenderedManifest(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The template a line of the output came from, if any. */
    public java.util.Optional<Part> partAt(int line) {
        for (Part p : parts) if (line >= p.firstLine() && line <= p.lastLine()) return java.util.Optional.of(p);
        return java.util.Optional.empty();
    }

    /**
     * Where in the chart's folder a {@code # Source:} path lives: the first segment is the chart's name, and each
     * {@code charts/<name>/} step is a vendored subchart (by folder name, or alias when declared).
     */
    public static String chartRelative(String source) {
        int slash = source.indexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
