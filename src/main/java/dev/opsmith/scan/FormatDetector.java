package dev.opsmith.scan;

import dev.opsmith.core.Format;

import java.util.Locale;
import java.util.Optional;

/** Decides a file's format from its name, and for unnamed files from the start of their content. */
public final class FormatDetector {
    /** Upper-case FROM of an image reference, or ARG of a name: prose that starts with "From" does not match. */
    private static final java.util.regex.Pattern FIRST_INSTRUCTION = java.util.regex.Pattern.compile(
            "(FROM\\s+(--platform=\\S+\\s+)?[\\w.$:{}/@-]+(\\s+(AS|as)\\s+[\\w.-]+)?|ARG\\s+[A-Za-z_][A-Za-z0-9_]*(=\\S*)?)\\s*");

    private FormatDetector() {
    }

    /** A detected format; {@code byName} files are claimed, so a parse failure is a high finding. */
    public record Detection(Format format, boolean byName) {
    }

    public static Optional<Detection> byName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (isComposeName(lower)) return Optional.of(new Detection(Format.COMPOSE, true));
        if (dev.opsmith.format.terraform.hcl.TerraformFiles.kind(lower).isPresent()) {
            return Optional.of(new Detection(Format.TERRAFORM, true));
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            // claimed or not is decided from the content: see FormatHandler.claims
            return Optional.of(new Detection(Format.KUBERNETES, false));
        }
        if (lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile")
                || lower.startsWith("dockerfile.") || lower.startsWith("containerfile.")) {
            if (lower.endsWith(".dockerignore") || lower.endsWith(".md") || lower.endsWith(".txt")) return Optional.empty();
            return Optional.of(new Detection(Format.DOCKERFILE, true));
        }
        return Optional.empty();
    }

    /**
     * Compose's default names ({@code compose.yaml}, {@code docker-compose.yml}), their overrides and variants
     * ({@code compose.override.yaml}, {@code docker-compose.prod.yml}), and the {@code <name>.compose.yaml} /
     * {@code <name>.docker-compose.yml} naming that editors (VS Code's {@code *docker*compose*}) treat as Compose.
     */
    static boolean isComposeName(String lower) {
        String stem;
        if (lower.endsWith(".yaml")) stem = lower.substring(0, lower.length() - 5);
        else if (lower.endsWith(".yml")) stem = lower.substring(0, lower.length() - 4);
        else return false;
        return stem.equals("compose") || stem.equals("docker-compose")
                || (stem.startsWith("compose.") && stem.length() > "compose.".length())
                || (stem.startsWith("docker-compose.") && stem.length() > "docker-compose.".length())
                || (stem.endsWith(".compose") && stem.length() > ".compose".length())
                || (stem.endsWith(".docker-compose") && stem.length() > ".docker-compose".length());
    }

    /**
     * Content detection for files without a telling name and without an extension (or {@code .df}):
     * a Dockerfile's first instruction is FROM or ARG, or it opens with a {@code # syntax=docker/dockerfile} directive.
     */
    public static Optional<Detection> byContent(String fileName, String head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean noExtension = lower.indexOf('.') <= 0;
        if (!noExtension && !lower.endsWith(".df")) return Optional.empty();
        for (String line : head.split("\\R", 50)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            String u = t.toUpperCase(Locale.ROOT);
            if (u.startsWith("# SYNTAX=DOCKER/DOCKERFILE") || u.startsWith("#SYNTAX=DOCKER/DOCKERFILE")) {
                return Optional.of(new Detection(Format.DOCKERFILE, false));
            }
            if (t.startsWith("#")) continue;
            if (FIRST_INSTRUCTION.matcher(t).matches()) {
                return Optional.of(new Detection(Format.DOCKERFILE, false));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
