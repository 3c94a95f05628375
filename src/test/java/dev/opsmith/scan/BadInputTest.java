package dev.opsmith.scan;

import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input never breaks a scan: each case becomes one clear finding or notice, and other files are still scanned. */
class BadInputTest {
    @TempDir
    Path root;

    private ScanResult scan() {
        return scan(FileSource.DISK);
    }

    private ScanResult scan(FileSource files) {
        return TestScans.scan(TestScans.options(root, List.of(root), Set.of(), List.of(), files));
    }

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static List<Finding> parseFindings(ScanResult r, String file) {
        return r.findings().stream().filter(f -> f.file().equals(file) && f.ruleId().equals("PARSE")).toList();
    }

    @Test
    void syntaxErrorIsOneHighFindingAtItsPosition_andOtherFilesAreStillScanned() throws IOException {
        write("api/Dockerfile", "FROM debian:12\nRUN <<EOF\necho never closed\n");
        write("worker/Dockerfile", "FROM debian:12\nRUN echo ok\n");
        ScanResult r = scan();
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.parseErrors()).isEqualTo(1);
        assertThat(parseFindings(r, "api/Dockerfile")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.span().line()).isEqualTo(2);
            assertThat(f.message()).containsIgnoringCase("heredoc");
        });
        assertThat(parseFindings(r, "worker/Dockerfile")).isEmpty();
    }

    @Test
    void binaryFileNamedDockerfile() throws IOException {
        Files.write(root.resolve("Dockerfile"), new byte[] {'F', 'R', 0, 1, 2, 3});
        assertThat(parseFindings(scan(), "Dockerfile")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("binary content"));
    }

    @Test
    void nonUtf8TextPointsAtTheBadByte() throws IOException {
        byte[] latin1 = "FROM debian:12\nLABEL owner=\"J\u00fcrgen\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("Dockerfile"), latin1);
        assertThat(parseFindings(scan(), "Dockerfile")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("not UTF-8").contains("0xfc");
            assertThat(f.span().line()).isEqualTo(2);
            assertThat(f.span().column()).isEqualTo(15);
        });
    }

    @Test
    void emptyDockerfile() throws IOException {
        write("Dockerfile", "");
        write("Containerfile", "# nothing but a comment\n\n");
        ScanResult r = scan();
        assertThat(parseFindings(r, "Dockerfile")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("empty Dockerfile"));
        assertThat(parseFindings(r, "Containerfile")).hasSize(1);
    }

    @Test
    void fileOverTheSizeLimitIsReportedNotRead() throws IOException {
        write("Dockerfile", "FROM debian:12\n" + "RUN echo padding\n".repeat(400_000));
        ScanResult r = scan();
        assertThat(parseFindings(r, "Dockerfile")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.message()).contains("exceeds the 5.0 MiB limit").contains("limits.dockerfile");
        });
    }

    @Test
    void unreadableFileThroughTheReadingSeam() throws IOException {
        write("Dockerfile", "FROM debian:12\n");
        write("other.Dockerfile", "FROM debian:12\n");
        FileSource denying = new FileSource() {
            @Override
            public long size(Path file) throws IOException {
                return Files.size(file);
            }

            @Override
            public byte[] read(Path file) throws IOException {
                if (file.getFileName().toString().equals("Dockerfile")) throw new AccessDeniedException(file.toString());
                return Files.readAllBytes(file);
            }
        };
        ScanResult r = scan(denying);
        assertThat(parseFindings(r, "Dockerfile")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("cannot be read: permission denied"));
        assertThat(parseFindings(r, "other.Dockerfile")).isEmpty();
    }

    @Test
    void symlinkLoopsAndLinksOutOfTheRootAreNoticedNotFollowed(@TempDir Path outside) throws IOException {
        write("svc/Dockerfile", "FROM debian:12\n");
        Files.createSymbolicLink(root.resolve("svc/loop"), root.resolve("svc"));
        Files.writeString(outside.resolve("Dockerfile"), "FROM debian:12\n");
        Files.createSymbolicLink(root.resolve("elsewhere"), outside);
        ScanResult r = scan();
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.notices()).extracting(n -> n.file() + ": " + n.message()).containsExactly(
                "elsewhere: symbolic link points outside the scan root; not followed",
                "svc/loop: symbolic link loop; not followed");
    }

    @Test
    void vendorAndBuildOutputFoldersAreSkipped() throws IOException {
        write("node_modules/pkg/Dockerfile", "FROM\n");
        write("vendor/x/Dockerfile", "FROM\n");
        write("target/Dockerfile", "FROM\n");
        write("pom.xml", "<project/>");
        write("build/Dockerfile", "FROM debian:12\n"); // no Gradle build beside it: a real folder
        ScanResult r = scan();
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.file()).isEqualTo("build/Dockerfile"));
    }

    @Test
    void contentDetectionForUnnamedDockerfiles() throws IOException {
        write("images/payments", "# syntax=docker/dockerfile:1\nFROM debian:12\n");
        write("LICENSE", "From the authors, with love.\n");
        write("notes", "FROM the desk of the CTO: hello\n");
        ScanResult r = scan();
        assertThat(r.files()).isEqualTo(1);
    }
}
