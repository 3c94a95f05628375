package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mount of a service, from the short ({@code ./data:/data:ro}) or the long syntax, after interpolation.
 *
 * @param type       {@code bind}, {@code volume}, {@code tmpfs}, {@code npipe}, {@code image} or {@code cluster}
 * @param source     the host path or the volume's name; empty for an anonymous volume or tmpfs
 * @param target     the path in the container
 * @param readOnly   {@code ro} in the short syntax, {@code read_only: true} in the long one
 * @param unresolved whether a variable could not be resolved (then the fields are parsed from the raw text)
 * @param node       the item as written (for reporting)
 */
public record VolumeMount(String type, Optional<String> source, String target, boolean readOnly, boolean unresolved,
                          ComposeNode node) implements Located {
    @Override
    public Span span() {
        return node.span();
    }

    @Override
    public ComposeFile file() {
        return node.file();
    }

    public boolean isBind() {
        return type.equals("bind");
    }

    static VolumeMount of(ComposeNode item) {
        if (item.isMapping()) {
            ComposeNode source = item.get("source");
            ComposeNode target = item.get("target");
            ComposeNode ro = item.get("read_only");
            String type = item.get("type").resolved().orElse("volume").toLowerCase(Locale.ROOT);
            return new VolumeMount(type, source.interpolated().filter(s -> !s.isEmpty()),
                    target.interpolated().orElse(""), ro.bool().orElse(false),
                    source.isUnresolved() || target.isUnresolved() || ro.isUnresolved(), item);
        }
        boolean unresolved = item.isUnresolved();
        String text = item.interpolated().orElse("").strip();
        String drive = "";
        if (text.length() > 2 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':'
                && (text.charAt(2) == '\\' || text.charAt(2) == '/')) { // C:\data:/data
            drive = text.substring(0, 2);
            text = text.substring(2);
        }
        List<String> parts = List.of(text.split(":", -1));
        if (parts.size() == 1) {
            return new VolumeMount("volume", Optional.empty(), drive + parts.get(0), false, unresolved, item);
        }
        String source = drive + parts.get(0);
        String target = parts.get(1);
        boolean readOnly = parts.size() > 2 && List.of(parts.get(2).split(",")).contains("ro");
        return new VolumeMount(isPath(source) ? "bind" : "volume", Optional.of(source).filter(s -> !s.isEmpty()),
                target, readOnly, unresolved, item);
    }

    /**
     * Compose reads a source as a host path when it starts with {@code .}, {@code /}, {@code ~} or a drive; a volume
     * name cannot hold a slash, so {@code ${DATA_DIR}/db} is a path too.
     */
    private static boolean isPath(String source) {
        return source.contains("/") || source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || source.startsWith("\\")
                || (source.length() > 1 && source.charAt(1) == ':');
    }
}
