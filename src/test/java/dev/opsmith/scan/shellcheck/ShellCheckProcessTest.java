package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.DockerfileParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding, batching, timeouts and failures, against a stand-in shellcheck script (needs /bin/sh, not shellcheck). */
class ShellCheckProcessTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsAPosixShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to run the stand-in shellcheck");
    }

    /** A stand-in that answers --version, logs its arguments, then runs {@code body}. */
    private Path fake(String name, String version, String body) throws Exception {
        Path exe = dir.resolve(name);
        Files.writeString(exe, "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then printf 'ShellCheck - shell script analysis tool\\nversion: "
                + version + "\\n'; exit 0; fi\n"
                + "echo \"$*\" >> '" + dir.resolve("calls.log") + "'\n"
                + body + "\n");
        assertThat(exe.toFile().setExecutable(true)).isTrue();
        return exe;
    }

    private static List<ExternalFinding> analyse(ShellCheck sc, String dockerfile) throws Exception {
        return sc.analyse(DockerfileParser.parse(SourceFile.of("Dockerfile", dockerfile)));
    }

    @Test
    void locatesOnPathOrThroughTheOverride() throws Exception {
        Path exe = fake("shellcheck", "0.10.0", "echo '{\"comments\":[]}'");
        assertThat(ShellCheck.locate(Map.of("PATH", "/nonexistent:" + dir))).map(ShellCheck::version).contains("0.10.0");
        assertThat(ShellCheck.locate(Map.of("PATH", "/nonexistent"))).isEmpty();
        assertThat(ShellCheck.locate(Map.of())).isEmpty();
        assertThat(ShellCheck.locate(Map.of("PATH", "/nonexistent", ShellCheck.OVERRIDE, exe.toString())))
                .map(ShellCheck::executable).contains(exe);
        assertThat(ShellCheck.locate(Map.of("PATH", dir.toString(), ShellCheck.OVERRIDE, dir.resolve("missing").toString())))
                .isEmpty();
    }

    @Test
    void refusesVersionsWithoutJson1() throws Exception {
        fake("shellcheck", "0.6.0", "exit 0");
        assertThat(ShellCheck.locate(Map.of("PATH", dir.toString()))).isEmpty();
        assertThat(ShellCheck.atLeast("v0.11.0", 0, 8)).isTrue();
        assertThat(ShellCheck.atLeast("0.7.2", 0, 8)).isFalse();
    }

    @Test
    void runsOneProcessForAllScriptsOfADockerfile() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "echo '{\"comments\":[]}'");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        analyse(sc, "FROM alpine\nRUN a\nRUN b\nRUN bash <<EOF\nc\nEOF\nONBUILD RUN d\n");
        List<String> calls = Files.readAllLines(dir.resolve("calls.log"));
        assertThat(calls).containsExactly("--format=json1 --exclude=SC1090,SC1091,SC2148,SC2187 --norc -- "
                + "0.sh 1.sh 2.sh 3.sh 4.sh");
    }

    @Test
    void aDockerfileWithoutScriptsRunsNothing() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "echo '{\"comments\":[]}'");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        assertThat(analyse(sc, "FROM alpine\nCOPY a /a\nRUN [\"a\"]\n")).isEmpty();
        assertThat(dir.resolve("calls.log")).doesNotExist();
    }

    @Test
    void mapsCommentsAndDropsThoseOnAddedLinesAndExcludedCodes() throws Exception {
        String json = "{\"comments\":["
                + "{\"file\":\"1.sh\",\"line\":2,\"endLine\":2,\"column\":6,\"endColumn\":8,\"level\":\"info\",\"code\":2086,"
                + "\"message\":\"Double quote to prevent globbing and word splitting.\",\"fix\":null},"
                + "{\"file\":\"0.sh\",\"line\":1,\"endLine\":1,\"column\":1,\"endColumn\":2,\"level\":\"error\",\"code\":1071,"
                + "\"message\":\"on the directive\",\"fix\":null},"
                + "{\"file\":\"0.sh\",\"line\":2,\"endLine\":2,\"column\":1,\"endColumn\":4,\"level\":\"warning\",\"code\":1091,"
                + "\"message\":\"Not following\",\"fix\":null}]}";
        Path exe = fake("shellcheck", "0.9.0", "cat <<'JSON'\n" + json + "\nJSON\nexit 1");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        List<ExternalFinding> found = analyse(sc, "FROM alpine\nRUN . /x\nRUN echo $x\n");
        assertThat(found).containsExactly(new ExternalFinding("shellcheck", "SC2086", "info",
                "Double quote to prevent globbing and word splitting.", Span.of(3, 10, 3, 12)));
    }

    @Test
    void timesOutWithAClearMessage() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "exec sleep 20");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofMillis(300)).orElseThrow();
        long start = System.nanoTime();
        assertThatThrownBy(() -> analyse(sc, "FROM alpine\nRUN a\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no result within 300 ms, so its RUN scripts were not checked");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void reportsAFailingRunWithItsError() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "echo 'unrecognized option' >&2\nexit 3");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        assertThatThrownBy(() -> analyse(sc, "FROM alpine\nRUN a\n"))
                .hasMessage(exe + " failed with exit code 3: unrecognized option");
    }

    @Test
    void reportsOutputItCannotRead() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "echo 'In Dockerfile line 1: oops'\nexit 1");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        assertThatThrownBy(() -> analyse(sc, "FROM alpine\nRUN a\n"))
                .hasMessageStartingWith(exe + " wrote output that is not its json1 format");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        Path exe = fake("shellcheck", "0.9.0", "pwd >> '" + dir.resolve("dirs.log") + "'\necho '{\"comments\":[]}'");
        ShellCheck sc = ShellCheck.probe(exe, Duration.ofSeconds(10)).orElseThrow();
        analyse(sc, "FROM alpine\nRUN a\n");
        Optional<String> used = Files.readAllLines(dir.resolve("dirs.log")).stream().findFirst();
        assertThat(used).isPresent();
        assertThat(Path.of(used.get())).doesNotExist();
    }
}
