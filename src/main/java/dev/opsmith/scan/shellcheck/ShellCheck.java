package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Format;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.scan.Analyzer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs ShellCheck over the {@code RUN} scripts of a Dockerfile (see {@link RunScripts}) and maps its comments back
 * to spans of the Dockerfile. All scripts of one Dockerfile go to one {@code shellcheck} process, as files of a
 * private temporary folder. Immutable and safe to share between the scanner's threads. ShellCheck's own analysis is
 * the cost: about 3 ms of CPU per RUN script, plus about 7 ms per process (so per Dockerfile with a RUN).
 *
 * <p>Codes left out, because they cannot be acted on in a Dockerfile: SC1090 and SC1091 ({@code source} of a file
 * that lives in the image, which ShellCheck cannot open), SC2148 (no shebang: the shell is known from {@code SHELL}),
 * SC2187 (ash checked as dash: we pass {@code sh} for ash anyway).
 */
public final class ShellCheck implements Analyzer {
    /** The tool name, as in reports and {@code context.external("shellcheck")}. */
    public static final String TOOL = "shellcheck";
    /** Environment variable naming the executable to use instead of {@code shellcheck} on PATH. */
    public static final String OVERRIDE = "OPSMITH_SHELLCHECK";
    /** ShellCheck codes never reported; see the class comment for why. */
    public static final List<String> EXCLUDED = List.of("SC1090", "SC1091", "SC2148", "SC2187");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Scripts per process; keeps the command line short for Dockerfiles with hundreds of RUNs. */
    private static final int BATCH = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*(\\S+)");

    private final Path executable;
    private final String version;
    private final Duration timeout;

    private ShellCheck(Path executable, String version, Duration timeout) {
        this.executable = executable;
        this.version = version;
        this.timeout = timeout;
    }

    /**
     * The ShellCheck named by {@code OPSMITH_SHELLCHECK} (a path, or a name looked up on PATH), else the
     * {@code shellcheck} on PATH; empty when there is none, it does not run, or it is older than 0.7 (no
     * {@code json1} output).
     */
    public static Optional<ShellCheck> locate() {
        return locate(System.getenv());
    }

    static Optional<ShellCheck> locate(Map<String, String> env) {
        String override = env.get(OVERRIDE);
        String wanted = override != null && !override.isBlank() ? override.strip() : "shellcheck";
        Path exe;
        try {
            exe = wanted.contains("/") || wanted.contains(File.separator) ? Path.of(wanted) : dev.opsmith.scan.process.Executables.onPath(wanted, env.get("PATH")).orElse(null);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (exe == null || !Files.isRegularFile(exe) || !Files.isExecutable(exe)) return Optional.empty();
        return probe(exe, DEFAULT_TIMEOUT);
    }

    /** A ShellCheck at this path with this timeout per Dockerfile; empty when it does not run or is too old. */
    static Optional<ShellCheck> probe(Path executable, Duration timeout) {
        String out;
        Path log = null;
        try {
            log = Files.createTempFile("opsmith-shellcheck-version-", ".txt");
            Process p = new ProcessBuilder(executable.toString(), "--version")
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) return Optional.empty();
            out = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (log != null) deleteQuietly(log);
        }
        Matcher m = VERSION.matcher(out);
        if (!m.find() || !atLeast(m.group(1), 0, 7)) return Optional.empty();
        return Optional.of(new ShellCheck(executable, m.group(1), timeout));
    }

    /** True when a version such as {@code 0.9.0} (or {@code v0.10.0}) is at least major.minor. */
    static boolean atLeast(String version, int major, int minor) {
        Matcher m = Pattern.compile("v?(\\d+)\\.(\\d+)").matcher(version);
        if (!m.lookingAt()) return true; // a development build: assume current
        int ma = Integer.parseInt(m.group(1));
        int mi = Integer.parseInt(m.group(2));
        return ma > major || (ma == major && mi >= minor);
    }

    @Override
    public String tool() {
        return TOOL;
    }

    @Override
    public Format format() {
        return Format.DOCKERFILE;
    }

    @Override
    public String version() {
        return version;
    }

    /** The executable that runs. */
    public Path executable() {
        return executable;
    }

    @Override
    public List<ExternalFinding> analyse(Object model) {
        List<MappedScript> scripts = RunScripts.of((Dockerfile) model);
        List<ExternalFinding> out = new ArrayList<>();
        for (int from = 0; from < scripts.size(); from += BATCH) {
            List<MappedScript> batch = scripts.subList(from, Math.min(scripts.size(), from + BATCH));
            JsonNode result = run(batch);
            for (JsonNode c : result.path("comments")) {
                String fileName = c.path("file").asString();
                int index;
                try {
                    index = Integer.parseInt(fileName.substring(0, fileName.indexOf('.')));
                } catch (RuntimeException e) {
                    continue;
                }
                if (index < 0 || index >= batch.size()) continue;
                Optional<Span> span = batch.get(index).span(c.path("line").asInt(), c.path("column").asInt(),
                        c.path("endLine").asInt(), c.path("endColumn").asInt());
                if (span.isEmpty()) continue;
                String code = "SC" + c.path("code").asInt();
                if (EXCLUDED.contains(code)) continue;
                out.add(new ExternalFinding(TOOL, code, c.path("level").asString(), c.path("message").asString(), span.get()));
            }
        }
        out.sort(Comparator.comparing(ExternalFinding::span).thenComparing(ExternalFinding::code));
        return out;
    }

    /** One shellcheck process over these scripts; its json1 output. */
    private JsonNode run(List<MappedScript> scripts) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("opsmith-shellcheck-");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--format=json1",
                    "--exclude=" + String.join(",", EXCLUDED)));
            if (atLeast(version, 0, 8)) command.add("--norc");
            command.add("--");
            for (int i = 0; i < scripts.size(); i++) {
                String name = i + ".sh";
                Files.writeString(dir.resolve(name), scripts.get(i).text(), StandardCharsets.UTF_8);
                command.add(name);
            }
            Path stdout = dir.resolve("out.json");
            Path stderr = dir.resolve("err.txt");
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("no result within " + describe(timeout) + ", so its RUN scripts "
                        + "were not checked; rerun, or skip ShellCheck with --shellcheck off");
            }
            int exit = p.exitValue();
            if (exit != 0 && exit != 1) {
                String err = Files.readString(stderr, StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(executable + " failed with exit code " + exit
                        + (err.isEmpty() ? "" : ": " + firstLine(err)));
            }
            try {
                return JSON.readTree(Files.readAllBytes(stdout));
            } catch (RuntimeException e) {
                throw new IllegalStateException(executable + " wrote output that is not its json1 format: "
                        + firstLine(String.valueOf(e.getMessage())), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Deletes a file, or a folder and the files in it; a leftover temporary file is harmless. */
    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // left for the system's temporary-file cleanup
        }
    }

    @Override
    public String toString() {
        return "shellcheck " + version + " (" + executable + ")";
    }
}
