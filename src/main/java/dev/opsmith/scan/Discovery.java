package dev.opsmith.scan;

import dev.opsmith.core.Notice;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the files to scan below the requested paths. Skips vendor and build output folders, never follows
 * a symbolic link out of the scan root, and notices link loops instead of walking them forever.
 */
public final class Discovery {

    /** Folders that hold other people's code or build output. */
    static final Set<String> SKIPPED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", "__pycache__", ".venv", "venv",
            ".tox", ".idea", ".vscode", ".terraform", ".gradle", ".mypy_cache", ".pytest_cache", ".cache");

    /** A file to consider, with its path relative to the scan root (forward slashes). */
    public record Candidate(Path path, String relativePath, boolean explicit) {
    }

    /** A folder the render stage builds: a Helm chart or a kustomization ({@code relativePath} "" for the root). */
    public record Unit(Kind kind, Path path, String relativePath) {
        public enum Kind { CHART, KUSTOMIZATION }
    }

    public record Result(List<Candidate> files, List<Notice> notices, List<Unit> units) {
        public Result(List<Candidate> files, List<Notice> notices) {
            this(files, notices, List.of());
        }
    }

    /** The names kustomize reads a kustomization from, in its order. */
    public static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Path root;
    private final Path realRoot;
    private final Excludes excludes;
    private final List<Candidate> files = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    private Discovery(Path root, Excludes excludes) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.excludes = excludes;
    }

    /**
     * Walks {@code paths} (files or folders, each existing) relative to {@code root}.
     * Files named explicitly are always considered; folders are walked in name order.
     */
    public static Result discover(Path root, List<Path> paths, Excludes excludes) throws IOException {
        Discovery d = new Discovery(root, excludes);
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                Set<Path> chain = new HashSet<>();
                d.walk(abs, chain);
            } else {
                d.files.add(new Candidate(abs, d.relative(abs), true));
            }
        }
        return new Result(List.copyOf(d.files), List.copyOf(d.notices), List.copyOf(d.units));
    }

    private void walk(Path dir, Set<Path> chain) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            notices.add(new Notice(relative(dir), "folder could not be read: " + describe(e)));
            return;
        }
        if (!chain.add(real)) {
            notices.add(new Notice(relative(dir), "symbolic link loop; not followed"));
            return;
        }
        boolean chart = Files.isRegularFile(dir.resolve("Chart.yaml"));
        if (chart) units.add(new Unit(Unit.Kind.CHART, dir, relative(dir)));
        for (String name : KUSTOMIZATION_FILES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                units.add(new Unit(Unit.Kind.KUSTOMIZATION, dir, relative(dir)));
                break;
            }
        }
        TreeMap<String, Path> entries = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) entries.put(entry.getFileName().toString(), entry);
        } catch (IOException e) {
            notices.add(new Notice(relative(dir), "folder could not be read: " + describe(e)));
            chain.remove(real);
            return;
        }
        for (Path entry : entries.values()) {
            String rel = relative(entry);
            if (excludes.excludes(rel)) continue;
            boolean link = Files.isSymbolicLink(entry);
            if (link && !insideRoot(entry)) {
                notices.add(new Notice(rel, "symbolic link points outside the scan root; not followed"));
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (skipFolder(entry)) continue;
                // a chart's templates are not YAML until Helm renders them, and charts/ holds its vendored
                // dependencies: both are scanned through the chart's rendering (render stage)
                if (chart && (entry.getFileName().toString().equals("templates")
                        || entry.getFileName().toString().equals("charts"))) {
                    continue;
                }
                walk(entry, chain);
            } else if (Files.isRegularFile(entry)) {
                files.add(new Candidate(entry, rel, false));
            } else if (link && !Files.exists(entry)) {
                notices.add(new Notice(rel, "broken symbolic link; skipped"));
            }
        }
        chain.remove(real);
    }

    private boolean skipFolder(Path dir) {
        String name = dir.getFileName().toString();
        if (SKIPPED_FOLDERS.contains(name)) return true;
        // build output, recognised by the build file beside it, so a folder named build/ in a Go project is scanned
        if (name.equals("target")) return Files.exists(dir.resolveSibling("pom.xml"), LinkOption.NOFOLLOW_LINKS);
        if (name.equals("build")) {
            return Files.exists(dir.resolveSibling("build.gradle")) || Files.exists(dir.resolveSibling("build.gradle.kts"));
        }
        return false;
    }

    private boolean insideRoot(Path link) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true; // broken link: reported as such by the caller
        }
    }

    String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return switch (name) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "no such file";
            case "FileSystemLoop" -> "symbolic link loop";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
