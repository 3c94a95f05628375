package dev.opsmith.release.bump;

import static dev.opsmith.release.bump.BumpFixtures.copy;
import static dev.opsmith.release.bump.BumpFixtures.diff;
import static dev.opsmith.release.bump.BumpFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradleBumpTest {
    private static final BumpSettings DEFAULT = BumpSettings.DEFAULT;

    @TempDir
    Path temp;

    @Test
    void kotlinDslBuildKeepsItsVersionInGradleProperties() throws Exception {
        Path dir = copy("gradle-kts", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("3.1.0-SNAPSHOT", dir.resolve("gradle.properties"), 6));

        List<FileEdit> edits = VersionFiles.bump(dir, "3.1.0", DEFAULT);

        // plugin versions, the commented-out version and the string that mentions one stay
        assertThat(diff(dir, edits)).containsExactly("gradle.properties:6: 3.1.0-SNAPSHOT → 3.1.0");
        assertThat(edits.get(0).after()).contains("group=com.acme.ledger\nversion = 3.1.0\nkotlinVersion : 1.9.24\n");
    }

    @Test
    void namesAreGroupAndProjectNamesFromSettings() throws Exception {
        Path dir = copy("gradle-kts", temp);

        assertThat(VersionFiles.names(dir))
                .containsExactly("com.acme.ledger:ledger", "com.acme.ledger:ledger-api", "com.acme.ledger:ledger-core");
    }

    @Test
    void dependencyNotationsAreSetInIncludedProjects() throws Exception {
        Path dir = copy("gradle-kts", temp);

        List<FileEdit> edits = VersionFiles.bumpDependency(dir, "com.acme.payments:payments-client", "2.1.0", DEFAULT);

        // the classifier and extension stay; payments-model is another artifact
        assertThat(diff(dir, edits)).containsExactly(
                "ledger-api/build.gradle.kts:2: 2.0.0 → 2.1.0",
                "ledger-core/build.gradle.kts:3: 2.0.0 → 2.1.0");
        assertThat(edits.get(1).after()).contains("\"com.acme.payments:payments-client:2.1.0:all@jar\"");
    }

    @Test
    void disagreeingDeclarationsAreBothSetAndReported() throws Exception {
        Path dir = copy("gradle-conflict", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "1.3.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly(
                "gradle.properties:1: 1.2.0 → 1.3.0",
                "build.gradle.kts:6: 1.1.0 → 1.3.0");
        String note = "the build files declared different versions (gradle.properties:1 1.2.0, build.gradle.kts:6 1.1.0);"
                + " all now declare 1.3.0";
        assertThat(edits).allSatisfy(e -> assertThat(e.changes()).endsWith(note));
    }

    @Test
    void groovyDslVersionWithoutAnEqualsSign() throws Exception {
        Path dir = copy("gradle-groovy", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("4.0.1", dir.resolve("build.gradle"), 7));

        List<FileEdit> bump = VersionFiles.bump(dir, "4.1.0", DEFAULT);
        List<FileEdit> dependency =
                VersionFiles.bumpDependency(dir, "com.acme.payments:payments-client", "2.1.0", DEFAULT);

        assertThat(diff(dir, bump)).containsExactly("build.gradle:7: 4.0.1 → 4.1.0");
        // the interpolated ${clientVersion} notation is code, not a literal, and stays
        assertThat(diff(dir, dependency)).containsExactly("build.gradle:11: 2.0.0 → 2.1.0");
        assertThat(VersionFiles.names(dir)).containsExactly("com.acme.risk:risk-engine");
    }

    @Test
    void crlfPropertiesKeepTheirLineBreaks() throws Exception {
        Path dir = copy("gradle-kts", temp);
        BumpFixtures.toCrlf(dir.resolve("gradle.properties"));

        VersionFiles.write(VersionFiles.bump(dir, "3.2.0", DEFAULT));

        assertThat(read(dir.resolve("gradle.properties")))
                .isEqualTo(read(copy("gradle-kts", temp.resolve("original")).resolve("gradle.properties"))
                        .replace("3.1.0-SNAPSHOT", "3.2.0").replace("\n", "\r\n"));
    }

    @Test
    void anUnclosedStringNamesFileAndLine() throws Exception {
        Path dir = copy("gradle-conflict", temp);
        Path script = dir.resolve("build.gradle.kts");
        Files.writeString(script, read(script).replace("version = \"1.1.0\"", "version = \"1.1.0"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "1.3.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessage(script + ":6: cannot read the script: string is never closed on its line;"
                        + " fix the syntax (gradle would fail too)");
    }

    @Test
    void crlfBuildScriptKeepsItsLineBreaks() throws Exception {
        Path dir = copy("gradle-conflict", temp);
        Path script = dir.resolve("build.gradle.kts");
        String original = read(script);
        BumpFixtures.toCrlf(script);

        VersionFiles.write(VersionFiles.bump(dir, "1.3.0", DEFAULT));

        assertThat(read(script)).isEqualTo(original.replace("\"1.1.0\"", "\"1.3.0\"").replace("\n", "\r\n"));
    }
}
