package dev.opsmith.config;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a hadolint configuration that migrates: its {@code ignored:} list of rule codes. Other keys
 * (trustedRegistries, override, failure-threshold) are read by hadolint only and are left alone.
 */
public final class HadolintConfig {
    private HadolintConfig() {
    }

    /** The file to read: the configured one, else {@code .hadolint.yaml} or {@code .hadolint.yml} at the root. */
    public static Optional<Path> locate(Path root, String configured) {
        if (configured != null) return Optional.of(root.resolve(configured));
        for (String name : List.of(".hadolint.yaml", ".hadolint.yml")) {
            Path p = root.resolve(name);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public static List<String> ignored(Path file, String shownAs) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(List.of(shownAs + ": hadolint configuration cannot be read (" + e.getMessage() + ")"));
        }
        PositionedYaml yaml = PositionedYaml.parse(text, shownAs);
        JsonNode ignored = yaml.root.path("ignored");
        List<String> out = new ArrayList<>();
        if (ignored.isMissingNode() || ignored.isNull()) return out;
        if (!ignored.isArray()) {
            throw new ConfigException(List.of(yaml.where(shownAs, "/ignored", false) + ": ignored: must be a list of rule codes"));
        }
        for (JsonNode n : ignored) out.add(n.asString().strip());
        return out;
    }
}
