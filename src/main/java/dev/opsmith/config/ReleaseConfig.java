package dev.opsmith.config;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code release} section of {@code .opsmith.yaml}, as written: absent keys are null or empty so that the
 * release package applies its own defaults and the command line can win over both. It is read from the same
 * validated file as {@link Config}; positions are kept for the checks the schema cannot express.
 *
 * @param source     the file as shown in messages, or null when there is none
 * @param types      bump per commit type as written ({@code docs: patch})
 */
public record ReleaseConfig(
        String source,
        String tagPattern,
        String commitMessage,
        Map<String, String> types,
        String zeroMajorBreaking,
        String mergeCommits,
        Boolean sign,
        Boolean signCommits,
        Boolean snapshot,
        String snapshotMessage,
        Boolean chartAppVersion,
        List<ExtraFile> extraFiles,
        String dependents,
        Changelog changelog,
        Links links,
        List<Package> packages,
        Commitlint commitlint) {

    public static final ReleaseConfig EMPTY = new ReleaseConfig(null, null, null, Map.of(), null, null, null, null,
            null, null, null, List.of(), null, Changelog.EMPTY, Links.EMPTY, List.of(), Commitlint.EMPTY);

    /** A build file outside the known kinds whose version a regex finds. */
    public record ExtraFile(String glob, String regex) {
    }

    /** {@code release.changelog}; an empty section list means the built-in sections. */
    public record Changelog(String file, Boolean contributors, List<Section> sections) {
        static final Changelog EMPTY = new Changelog(null, null, List.of());
    }

    /** One changelog section: commits of {@code type} under {@code title}. */
    public record Section(String type, String title) {
    }

    /** {@code release.links}: URL templates, each null when not written. */
    public record Links(String preset, String repository, String commit, String compare, String issue) {
        static final Links EMPTY = new Links(null, null, null, null, null);
    }

    /** A monorepo package; {@code path} is relative to the repository root, with {@code /} separators. */
    public record Package(String name, String path, String tagPattern, List<String> sharedPaths) {
    }

    /** {@code release.commitlint}. */
    public record Commitlint(List<String> types, List<String> scopes, Boolean requireScope, Integer headerMaxLength) {
        static final Commitlint EMPTY = new Commitlint(List.of(), List.of(), null, null);
    }

    /** The release section of {@code root/.opsmith.yaml} (or {@code .opsmith.yml}), or {@link #EMPTY}. */
    public static ReleaseConfig loadDefault(Path root) throws ConfigException {
        for (String name : List.of(ConfigLoader.FILE_NAME, ".opsmith.yml")) {
            Path p = root.resolve(name);
            if (Files.isRegularFile(p)) return load(p, name);
        }
        return EMPTY;
    }

    public static ReleaseConfig load(Path file, String shownAs) throws ConfigException {
        // ConfigLoader reports unreadable files, bad YAML and schema errors with positions; reuse it as the gate
        ConfigLoader.load(file, shownAs);
        try {
            return parseValidated(Files.readString(file, StandardCharsets.UTF_8), shownAs);
        } catch (IOException e) {
            throw new ConfigException(List.of(shownAs + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    public static ReleaseConfig parse(String text, String shownAs) throws ConfigException {
        ConfigLoader.parse(text, shownAs);
        return parseValidated(text, shownAs);
    }

    private static ReleaseConfig parseValidated(String text, String shownAs) throws ConfigException {
        PositionedYaml yaml = PositionedYaml.parse(text, shownAs);
        JsonNode r = yaml.root.path("release");
        List<String> problems = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("types").properties()) types.put(e.getKey(), e.getValue().asString());

        List<ExtraFile> extra = new ArrayList<>();
        for (int i = 0; i < r.path("extra-files").size(); i++) {
            JsonNode f = r.path("extra-files").get(i);
            String regex = f.path("regex").asString();
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                problems.add(yaml.where(shownAs, "/release/extra-files/" + i + "/regex", false)
                        + ": release.extra-files[" + i + "].regex: not a valid regular expression ("
                        + e.getDescription() + ")");
            }
            extra.add(new ExtraFile(f.path("glob").asString(), regex));
        }

        JsonNode c = r.path("changelog");
        List<Section> sections = new ArrayList<>();
        c.path("sections").forEach(s -> sections.add(new Section(s.path("type").asString(), s.path("title").asString())));
        Changelog changelog = new Changelog(text(c, "file"), bool(c, "contributors"), sections);

        JsonNode l = r.path("links");
        Links links = new Links(text(l, "preset"), text(l, "repository"), text(l, "commit"), text(l, "compare"),
                text(l, "issue"));

        List<Package> packages = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < r.path("packages").size(); i++) {
            JsonNode p = r.path("packages").get(i);
            String pointer = "/release/packages/" + i;
            String name = p.path("name").asString();
            String path = normalise(p.path("path").asString());
            if (!names.add(name)) {
                problems.add(yaml.where(shownAs, pointer + "/name", false) + ": release.packages[" + i
                        + "].name: package '" + name + "' is declared twice; give each package its own name");
            }
            if (path.startsWith("../") || path.equals("..") || Path.of(path).isAbsolute()) {
                problems.add(yaml.where(shownAs, pointer + "/path", false) + ": release.packages[" + i
                        + "].path: '" + path + "' must be a folder inside the repository, relative to its root");
            }
            List<String> shared = new ArrayList<>();
            p.path("shared-paths").forEach(s -> shared.add(normalise(s.asString())));
            packages.add(new Package(name, path, text(p, "tag-pattern"), shared));
            onePlaceholder(p, "tag-pattern", pointer, yaml, shownAs, problems);
        }

        JsonNode cl = r.path("commitlint");
        List<String> allowedTypes = new ArrayList<>();
        cl.path("types").forEach(t -> allowedTypes.add(t.asString()));
        List<String> scopes = new ArrayList<>();
        cl.path("scopes").forEach(t -> scopes.add(t.asString()));
        Commitlint commitlint = new Commitlint(allowedTypes, scopes, bool(cl, "require-scope"),
                cl.has("header-max-length") ? cl.get("header-max-length").asInt() : null);

        for (String key : List.of("tag-pattern", "commit-message", "snapshot-message")) {
            onePlaceholder(r, key, "/release", yaml, shownAs, problems);
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new ReleaseConfig(shownAs, text(r, "tag-pattern"), text(r, "commit-message"), types,
                text(r, "zero-major-breaking"), text(r, "merge-commits"), bool(r, "sign"), bool(r, "sign-commits"),
                bool(r, "snapshot"),
                text(r, "snapshot-message"), bool(r, "chart-app-version"), extra, text(r, "dependents"), changelog,
                links, packages, commitlint);
    }

    /** Templates are matched back (tags to versions, release commits to versions), so {version} must appear once. */
    private static void onePlaceholder(JsonNode parent, String key, String pointer, PositionedYaml yaml, String shownAs,
                                       List<String> problems) {
        String value = text(parent, key);
        if (value == null) return;
        int first = value.indexOf("{version}");
        if (first >= 0 && value.indexOf("{version}", first + 1) >= 0) {
            String at = pointer + "/" + key;
            problems.add(yaml.where(shownAs, at, false) + ": " + PositionedYaml.display(at)
                    + ": write {version} once, so the version can be read back from tags and release commits");
        }
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        return p.isEmpty() ? "." : p;
    }

    private static String text(JsonNode node, String key) {
        return node.has(key) && !node.get(key).isNull() ? node.get(key).asString() : null;
    }

    private static Boolean bool(JsonNode node, String key) {
        return node.has(key) ? node.get(key).asBoolean() : null;
    }
}
