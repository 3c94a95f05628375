package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;
import dev.opsmith.release.bump.BumpSettings;
import dev.opsmith.release.bump.ExtraFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The release configuration with every default applied: what {@link ReleasePlanner} and {@link ReleaseWriter} read.
 * The defaults follow semantic-release's documented behaviour, so a team switching over gets the same versions.
 *
 * @param bumps           bump per commit type; types not listed do not release
 * @param zeroMajorBreaking the bump a breaking change gives while the version is 0.x
 * @param firstParent     read only the main line, taking pull-request titles from merge commits
 * @param sign            sign the release tags with the key git's configuration names
 * @param signCommits     also sign the release commit (and the development-version commit)
 * @param dependentsPatch give a package a patch release when one of its in-repository dependencies is released
 * @param packages        the packages; a single one at the repository root when none are configured
 */
public record ReleaseSettings(
        String commitMessage,
        Map<String, Bump> bumps,
        Bump zeroMajorBreaking,
        boolean firstParent,
        boolean sign,
        boolean signCommits,
        boolean snapshot,
        String snapshotMessage,
        BumpSettings bumpSettings,
        boolean dependentsPatch,
        String changelogFile,
        boolean contributors,
        List<Section> sections,
        LinkTemplates links,
        List<PackageSpec> packages) {

    public static final String DEFAULT_COMMIT_MESSAGE = "chore(release): {version}";
    public static final String DEFAULT_SNAPSHOT_MESSAGE = "chore(release): prepare {version}";

    /** A changelog section: commits of a type under a title. */
    public record Section(String type, String title) {
    }

    /**
     * A package to release.
     *
     * @param path        folder relative to the repository root with {@code /} separators; {@code .} for the root
     * @param sharedPaths other folders whose changes also release it
     */
    public record PackageSpec(String name, String path, TagPattern tagPattern, List<String> sharedPaths) {
        public boolean isRoot() {
            return path.equals(".");
        }

        /** Whether a changed file (repository-relative) belongs to this package. */
        public boolean touches(String file) {
            if (isRoot()) return true;
            if (under(file, path)) return true;
            for (String shared : sharedPaths) {
                if (shared.equals(".") || under(file, shared)) return true;
            }
            return false;
        }

        private static boolean under(String file, String folder) {
            return file.equals(folder) || file.startsWith(folder + "/");
        }
    }

    public ReleaseSettings {
        bumps = Map.copyOf(bumps);
        sections = List.copyOf(sections);
        packages = List.copyOf(packages);
    }

    /** semantic-release's defaults. */
    public static Map<String, Bump> defaultBumps() {
        Map<String, Bump> m = new LinkedHashMap<>();
        m.put("feat", Bump.MINOR);
        m.put("fix", Bump.PATCH);
        m.put("perf", Bump.PATCH);
        m.put("revert", Bump.PATCH);
        return m;
    }

    public static List<Section> defaultSections() {
        return List.of(new Section("feat", "Features"), new Section("fix", "Bug fixes"),
                new Section("perf", "Performance"), new Section("revert", "Reverts"));
    }

    public static ReleaseSettings defaults() {
        return from(ReleaseConfig.EMPTY);
    }

    public static ReleaseSettings from(ReleaseConfig c) {
        Map<String, Bump> bumps = defaultBumps();
        c.types().forEach((type, bump) -> {
            Bump b = Bump.parse(bump).orElseThrow();
            if (b == Bump.NONE) bumps.remove(type);
            else bumps.put(type, b);
        });
        List<Section> sections = new ArrayList<>();
        for (ReleaseConfig.Section s : c.changelog().sections()) sections.add(new Section(s.type(), s.title()));
        if (sections.isEmpty()) sections.addAll(defaultSections());
        List<ExtraFile> extra = c.extraFiles().stream().map(f -> new ExtraFile(f.glob(), f.regex())).toList();
        BumpSettings bumpSettings = new BumpSettings(Boolean.TRUE.equals(c.chartAppVersion()), true, extra);
        List<PackageSpec> packages = new ArrayList<>();
        for (ReleaseConfig.Package p : c.packages()) {
            String pattern = p.tagPattern() != null ? p.tagPattern() : p.name() + "/" + TagPattern.DEFAULT;
            packages.add(new PackageSpec(p.name(), p.path(), new TagPattern(pattern), p.sharedPaths()));
        }
        if (packages.isEmpty()) {
            packages.add(new PackageSpec(".", ".", new TagPattern(c.tagPattern() != null ? c.tagPattern() : TagPattern.DEFAULT),
                    List.of()));
        }
        return new ReleaseSettings(
                c.commitMessage() != null ? c.commitMessage() : DEFAULT_COMMIT_MESSAGE,
                bumps,
                "major".equals(c.zeroMajorBreaking()) ? Bump.MAJOR : Bump.MINOR,
                "first-parent".equals(c.mergeCommits()),
                Boolean.TRUE.equals(c.sign()),
                Boolean.TRUE.equals(c.signCommits()),
                Boolean.TRUE.equals(c.snapshot()),
                c.snapshotMessage() != null ? c.snapshotMessage() : DEFAULT_SNAPSHOT_MESSAGE,
                bumpSettings,
                !"update-only".equals(c.dependents()),
                c.changelog().file() != null ? c.changelog().file() : "CHANGELOG.md",
                !Boolean.FALSE.equals(c.changelog().contributors()),
                sections,
                LinkTemplates.from(c.links()),
                packages);
    }

    /** Whether the repository is one package at its root (no {@code release.packages}). */
    public boolean singlePackage() {
        return packages.size() == 1 && packages.get(0).isRoot() && packages.get(0).name().equals(".");
    }
}
