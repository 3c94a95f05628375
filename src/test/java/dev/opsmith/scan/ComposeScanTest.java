package dev.opsmith.scan;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Format;
import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Compose files through the pipeline: detection by name, claimed parse failures, companions read by the handler. */
class ComposeScanTest {
    @TempDir
    Path root;

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Optional<Format> detect(String name) {
        return FormatDetector.byName(name).map(FormatDetector.Detection::format);
    }

    @Test
    void detectsComposeNamesBeforeGenericYaml() {
        for (String name : List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml",
                "compose.override.yaml", "compose.override.yml", "docker-compose.override.yml",
                "docker-compose.prod.yaml", "compose.ci.yml", "noncompliant.compose.yaml", "dev.docker-compose.yml",
                "Docker-Compose.YML")) {
            assertThat(detect(name)).as(name).contains(Format.COMPOSE);
            assertThat(FormatDetector.byName(name).orElseThrow().byName()).as(name).isTrue();
        }
        for (String name : List.of("compose.json", "values.yaml", "composer.yaml", "compose-file.yaml", ".compose.yaml",
                "compose..yaml", "docker-compose")) {
            assertThat(detect(name)).as(name).isNotEqualTo(Optional.of(Format.COMPOSE));
        }
    }

    @Test
    void brokenComposeFileIsAHighParseFinding() throws IOException {
        write("app/compose.yaml", "services:\n  web: [\n");
        write("app/notes.yaml", "a: [\n");
        ScanResult r = TestScans.scan(TestScans.options(root, List.of(root), Set.of()));
        Finding compose = r.findings().stream().filter(f -> f.file().equals("app/compose.yaml")).findFirst().orElseThrow();
        assertThat(compose.ruleId()).isEqualTo("PARSE");
        assertThat(compose.severity()).isEqualTo(Severity.HIGH);
        Finding other = r.findings().stream().filter(f -> f.file().equals("app/notes.yaml")).findFirst().orElseThrow();
        assertThat(other.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void handlerMergesTheOverrideAndReadsDotEnvThroughTheFileSource() throws Exception {
        write("app/compose.yaml", "services:\n  web:\n    image: \"web:${TAG}\"\n");
        write("app/compose.override.yaml", "services:\n  web:\n    read_only: true\n");
        write("app/.env", "TAG=2.0\n");
        Path file = root.resolve("app/compose.yaml");
        dev.opsmith.core.SourceFile source = new dev.opsmith.core.SourceFile(file, "app/compose.yaml", Files.readString(file));
        var project = (dev.opsmith.format.compose.ComposeProject) new ComposeHandler().parse(source, FileSource.DISK);
        assertThat(project.files()).extracting(f -> f.relativePath())
                .containsExactly("app/compose.yaml", "app/compose.override.yaml");
        var web = project.service("web").orElseThrow();
        assertThat(web.image().resolved()).contains("web:2.0");
        assertThat(web.readOnly().bool()).contains(true);
        assertThat(web.readOnly().local()).isFalse();
        // an unreadable override or .env is left out, not a failure
        FileSource failing = new FileSource() {
            @Override
            public long size(Path p) throws IOException {
                return Files.size(p);
            }

            @Override
            public byte[] read(Path p) throws IOException {
                throw new IOException("denied");
            }
        };
        var alone = (dev.opsmith.format.compose.ComposeProject) new ComposeHandler().parse(source, failing);
        assertThat(alone.files()).hasSize(1);
        assertThat(alone.service("web").orElseThrow().image().isUnresolved()).isTrue();
    }

    @Test
    void composeFilesAreScannedAndSuppressionsEndLines() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        write("compose.override.yaml", "services:\n  web:\n    read_only: true\n");
        ScanResult r = TestScans.scan(TestScans.options(root, List.of(root), Set.of()));
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("PARSE"));
        assertThat(new ComposeHandler().trailingComments()).isTrue();
    }

    @Test
    void findingsPointIntoTheFileThatWroteTheValueOnce() throws IOException {
        write("app/compose.yaml", """
                services:
                  web:
                    image: nginx:1.27
                    privileged: true
                    volumes:
                      - /var/run/docker.sock:/var/run/docker.sock # opsmith:ignore=CMP006 proxy sidecar, reviewed
                  worker:
                    image: worker:1.0
                    privileged: true
                  tools:
                    image: tools:1.0
                    network_mode: ${NET:-bridge}
                """);
        write("app/compose.override.yaml", """
                services:
                  worker:
                    privileged: false
                  tools:
                    volumes:
                      - /run/docker.sock:/run/docker.sock
                """);
        write("app/.env", "NET=host\n");
        ScanResult r = TestScans.scan(TestScans.options(root, List.of(root), Set.of("CMP001", "CMP004", "CMP006")));
        List<String> shown = r.findings().stream()
                .map(f -> f.file() + ":" + f.span().line() + " " + f.ruleId() + (f.suppressed() ? " suppressed" : "")).toList();
        assertThat(shown).containsExactly(
                "app/compose.override.yaml:6 CMP006",
                "app/compose.yaml:4 CMP001",
                "app/compose.yaml:6 CMP006 suppressed",
                "app/compose.yaml:12 CMP004");
    }
}
