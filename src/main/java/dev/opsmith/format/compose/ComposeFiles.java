package dev.opsmith.format.compose;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which files Compose reads together by default, and in which order: the first of {@code compose.yaml},
 * {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml} in a folder, then the first of
 * {@code compose.override.yml}, {@code compose.override.yaml}, {@code docker-compose.override.yml},
 * {@code docker-compose.override.yaml} beside it (compose-go's defaults). An <em>overlay</em>
 * ({@code compose.prod.yaml}, {@code docker-compose.ci.yml}) is merged on top of the base alone, as the usual
 * {@code -f docker-compose.yml -f docker-compose.prod.yml} does. Other names ({@code app.compose.yaml}) stand alone.
 */
public final class ComposeFiles {
    public static final List<String> BASES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");
    public static final List<String> OVERRIDES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    private ComposeFiles() {
    }

    /**
     * The names of the files merged with {@code scanned} (itself included) in merge order.
     *
     * @param exists whether a file of that name exists in the same folder
     */
    public static List<String> mergeOrder(String scanned, Predicate<String> exists) {
        if (BASES.contains(scanned)) {
            if (!scanned.equals(first(BASES, scanned, exists))) return List.of(scanned); // Compose reads another one
            String override = first(OVERRIDES, null, exists);
            return override == null ? List.of(scanned) : List.of(scanned, override);
        }
        if (OVERRIDES.contains(scanned)) {
            if (!scanned.equals(first(OVERRIDES, scanned, exists))) return List.of(scanned);
            String base = first(BASES, null, exists);
            return base == null ? List.of(scanned) : List.of(base, scanned);
        }
        if (isOverlay(scanned)) {
            String base = first(BASES, null, exists);
            return base == null ? List.of(scanned) : List.of(base, scanned);
        }
        return List.of(scanned);
    }

    private static boolean isOverlay(String name) {
        return (name.startsWith("compose.") || name.startsWith("docker-compose."))
                && (name.endsWith(".yaml") || name.endsWith(".yml")) && !BASES.contains(name);
    }

    private static String first(List<String> names, String known, Predicate<String> exists) {
        for (String n : names) if (n.equals(known) || exists.test(n)) return n;
        return null;
    }
}
