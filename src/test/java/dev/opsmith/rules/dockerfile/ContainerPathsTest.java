package dev.opsmith.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerPathsTest {
    @Test
    void absolutePaths() {
        assertThat(ContainerPaths.isAbsolute("/app")).isTrue();
        assertThat(ContainerPaths.isAbsolute("C:\\app")).isTrue();
        assertThat(ContainerPaths.isAbsolute("c:/app")).isTrue();
        assertThat(ContainerPaths.isAbsolute("app")).isFalse();
        assertThat(ContainerPaths.isAbsolute("./app")).isFalse();
        assertThat(ContainerPaths.isAbsolute("C:app")).isFalse();
    }

    @Test
    void cleanAndResolve() {
        assertThat(ContainerPaths.clean("/a//b/./c/../d/")).isEqualTo("/a/b/d");
        assertThat(ContainerPaths.clean("/.")).isEqualTo("/");
        assertThat(ContainerPaths.clean("./")).isEqualTo(".");
        assertThat(ContainerPaths.resolve("/opt/app", "lib")).isEqualTo("/opt/app/lib");
        assertThat(ContainerPaths.resolve("/opt/app", "./")).isEqualTo("/opt/app");
        assertThat(ContainerPaths.resolve("/opt/app", "/etc/x")).isEqualTo("/etc/x");
    }

    @Test
    void overlap() {
        assertThat(ContainerPaths.overlap("/opt/app", "/opt/app/lib/a.jar")).isTrue();
        assertThat(ContainerPaths.overlap("/opt/app/lib", "/opt/app")).isTrue();
        assertThat(ContainerPaths.overlap("/opt/app", "/opt/application")).isFalse();
        assertThat(ContainerPaths.overlap("/", "/x")).isTrue();
    }
}
