package dev.opsmith.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {
    @Test
    void stripsExpectNextLinesAndTrailingExpectComments() {
        String fixture = ""
                + "FROM golang:1.22 AS build\n"
                + "# expect-next: DF001\n"
                + "FROM ubuntu:latest\n"
                + "  #expect-next: DF002, DF003\n"
                + "RUN make\n"
                + "image: nginx:latest  # expect: K8S001\n"
                + "# a normal comment\n"
                + "key: value # keep this comment\n";

        assertThat(Examples.stripMarkers(fixture)).isEqualTo(""
                + "FROM golang:1.22 AS build\n"
                + "FROM ubuntu:latest\n"
                + "RUN make\n"
                + "image: nginx:latest\n"
                + "# a normal comment\n"
                + "key: value # keep this comment\n");
    }

    @Test
    void keepsLineEndingsAndHandlesNull() {
        assertThat(Examples.stripMarkers("a\r\n# expect-next: X\r\nb # expect: X")).isEqualTo("a\r\nb");
        assertThat(Examples.stripMarkers(null)).isNull();
        assertThat(new Examples(null, "x # expect: Y\n", "yaml").stripped())
                .isEqualTo(new Examples(null, "x\n", "yaml"));
    }

    @Test
    void readsAFixtureFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("noncompliant.Dockerfile"), "FROM a:latest # expect: DF001\n");
        Files.writeString(dir.resolve("compliant.Dockerfile"), "FROM a:1.0\n");

        Examples examples = Examples.fromFixtureFolder(dir, "dockerfile");

        assertThat(examples).isEqualTo(new Examples("FROM a:latest # expect: DF001\n", "FROM a:1.0\n", "dockerfile"));
        assertThat(Examples.fromFixtureFolder(dir.resolve("none"), "yaml")).isEqualTo(new Examples(null, null, "yaml"));
    }
}
