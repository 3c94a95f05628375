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

class MavenBumpTest {
    private static final BumpSettings DEFAULT = BumpSettings.DEFAULT;

    @TempDir
    Path temp;

    @Test
    void snapshotReactorReportsTheVersionAsDeclared() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("1.2.0-SNAPSHOT", dir.resolve("pom.xml"), 22));
    }

    @Test
    void releasingASnapshotReactorMovesModulesParentsAndInterModuleDependencies() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "1.2.0", DEFAULT);

        // not moved: the external audit-client on the same version string, the separately versioned tools module
        // and its managed version, ${project.version}, and versions in comments, CDATA and plugin configuration
        assertThat(diff(dir, edits)).containsExactlyInAnyOrder(
                "pom.xml:22: 1.2.0-SNAPSHOT → 1.2.0",
                "pom.xml:30: 1.2.0-SNAPSHOT → 1.2.0",
                "pom.xml:53: 1.2.0-SNAPSHOT → 1.2.0",
                "payments-core/pom.xml:7: 1.2.0-SNAPSHOT → 1.2.0",
                "payments-web/pom.xml:7: 1.2.0-SNAPSHOT → 1.2.0",
                "payments-web/pom.xml:10: 1.2.0-SNAPSHOT → 1.2.0",
                "payments-web/pom.xml:15: 1.2.0-SNAPSHOT → 1.2.0",
                "payments-it/pom.xml:7: 1.2.0-SNAPSHOT → 1.2.0",
                "tools/pom.xml:7: 1.2.0-SNAPSHOT → 1.2.0");
    }

    @Test
    void theNextDevelopmentVersionIsWhateverStringTheCallerGives() throws Exception {
        Path dir = copy("maven-snapshot", temp);
        VersionFiles.write(VersionFiles.bump(dir, "1.2.0", DEFAULT));

        List<FileEdit> next = VersionFiles.bump(dir, "1.2.1-SNAPSHOT", DEFAULT);
        VersionFiles.write(next);

        assertThat(VersionFiles.current(dir, DEFAULT).orElseThrow().version()).isEqualTo("1.2.1-SNAPSHOT");
        assertThat(read(dir.resolve("payments-web/pom.xml")))
                .contains("<version>1.2.1-SNAPSHOT</version> <!-- kept in step with the parent -->")
                .contains("<artifactId>audit-client</artifactId>\n\t\t\t<version>1.2.0-SNAPSHOT</version>");
    }

    @Test
    void changeLinesNameFileLineAndVersions() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "1.3.0", DEFAULT);

        FileEdit root = edits.stream().filter(e -> e.file().equals(dir.resolve("pom.xml"))).findFirst().orElseThrow();
        assertThat(root.changes()).containsExactly(
                "pom.xml:22: 1.2.0-SNAPSHOT → 1.3.0",
                "pom.xml:30: 1.2.0-SNAPSHOT → 1.3.0 (property payments-web.version used by com.acme.payments:payments-web)",
                "pom.xml:53: 1.2.0-SNAPSHOT → 1.3.0 (com.acme.payments:payments-core)");
    }

    @Test
    void namesAreTheReactorsCoordinates() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        assertThat(VersionFiles.names(dir)).containsExactly(
                "com.acme.payments:payments", "com.acme.payments:payments-core", "com.acme.payments:payments-web",
                "com.acme.payments:payments-tools", "com.acme.payments:payments-it");
    }

    @Test
    void aDependencyReleasedElsewhereIsSetInManagementAndModules() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        List<FileEdit> edits = VersionFiles.bumpDependency(dir, "com.acme.shared:audit-client", "1.5.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactlyInAnyOrder(
                "pom.xml:68: 1.2.0-SNAPSHOT → 1.5.0",
                "payments-web/pom.xml:20: 1.2.0-SNAPSHOT → 1.5.0");
    }

    @Test
    void revisionIsSetInTheRootPropertiesAndTheSnapshotSuffixIsKept() throws Exception {
        Path dir = copy("maven-revision", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("2.3.0-SNAPSHOT", dir.resolve("pom.xml"), 17));

        List<FileEdit> edits = VersionFiles.bump(dir, "2.4.0-SNAPSHOT", DEFAULT);

        // the modules' ${revision}${sha1}${changelist} and ${project.version} follow by themselves
        assertThat(diff(dir, edits)).containsExactly("pom.xml:17: 2.3.0 → 2.4.0");
    }

    @Test
    void releasingARevisionEmptiesTheChangelist() throws Exception {
        Path dir = copy("maven-revision", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "2.3.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly("pom.xml:19: -SNAPSHOT → ");
        assertThat(edits.get(0).after()).contains("    <revision>2.3.0</revision>\n    <sha1/>\n    <changelist></changelist>\n");
        VersionFiles.write(edits);
        assertThat(VersionFiles.current(dir, DEFAULT).orElseThrow().version()).isEqualTo("2.3.0");
    }

    @Test
    void revisionInMavenConfigIsEditedThere() throws Exception {
        Path dir = copy("maven-config", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("5.0.2-SNAPSHOT", dir.resolve(".mvn/maven.config"), 1));

        List<FileEdit> edits = VersionFiles.bump(dir, "5.1.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly(
                ".mvn/maven.config:1: 5.0.2 → 5.1.0",
                ".mvn/maven.config:2: -SNAPSHOT → ");
        assertThat(edits.get(0).after()).isEqualTo("-Drevision=5.1.0\n-Dchangelist=\n--batch-mode\n");
    }

    @Test
    void anUndefinedRevisionSaysWhereToDefineIt() throws Exception {
        Path dir = copy("maven-config", temp);
        Files.delete(dir.resolve(".mvn/maven.config"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "5.1.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessage(dir.resolve("pom.xml") + ":6: <version>${revision}${changelist}</version> uses ${revision},"
                        + " which is defined nowhere; define <revision>…</revision> in the <properties> of "
                        + dir.resolve("pom.xml") + ", or -Drevision=… in " + dir.resolve(".mvn/maven.config"));
    }

    @Test
    void aModuleThatInheritsItsVersionReportsTheParentsAndRefusesABump() throws Exception {
        Path dir = copy("maven-snapshot", temp);
        Path core = dir.resolve("payments-core");

        assertThat(VersionFiles.current(core, DEFAULT))
                .contains(new DeclaredVersion("1.2.0-SNAPSHOT", dir.resolve("pom.xml"), 22));
        assertThatThrownBy(() -> VersionFiles.bump(core, "1.3.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessageStartingWith(core.resolve("pom.xml") + ":4: the version is inherited from the parent")
                .hasMessageEndingWith("release the package that owns the parent pom, or declare <version> in this pom");
    }

    @Test
    void crlfPomsKeepTheirLineBreaks() throws Exception {
        Path dir = copy("maven-snapshot", temp);
        for (String pom : List.of("pom.xml", "payments-core/pom.xml", "payments-web/pom.xml", "payments-it/pom.xml",
                "tools/pom.xml")) {
            BumpFixtures.toCrlf(dir.resolve(pom));
        }

        List<FileEdit> edits = VersionFiles.bump(dir, "1.2.0", DEFAULT);
        VersionFiles.write(edits);

        String web = read(dir.resolve("payments-web/pom.xml"));
        assertThat(web).contains("\t<version>1.2.0</version> <!-- kept in step with the parent -->\r\n")
                .doesNotContainPattern("[^\r]\n");
        assertThat(diff(dir, edits)).hasSize(9).allMatch(line -> line.endsWith("1.2.0-SNAPSHOT → 1.2.0"));
    }

    @Test
    void malformedXmlNamesFileAndLine() throws Exception {
        Path dir = copy("maven-snapshot", temp);
        Path web = dir.resolve("payments-web/pom.xml");
        Files.writeString(web, read(web).replace("</dependencies>", "</dependency>"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "1.3.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessage(web + ":22: malformed XML: end tag </dependency> does not close <dependencies>;"
                        + " fix the file so it is well-formed XML");
    }

    @Test
    void aMissingModuleNamesTheModuleEntry() throws Exception {
        Path dir = copy("maven-snapshot", temp);
        Files.delete(dir.resolve("tools/pom.xml"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "1.3.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessageStartingWith(dir.resolve("pom.xml") + ":36: module 'tools' has no pom at ");
    }

    @Test
    void aModuleReleasedOnItsOwnFollowsItsParentsRelease() throws Exception {
        Path dir = copy("maven-snapshot", temp);

        List<FileEdit> edits = VersionFiles.bumpDependency(dir.resolve("tools"), "com.acme.payments:payments", "1.3.0",
                DEFAULT);

        assertThat(diff(dir, edits)).containsExactly("tools/pom.xml:7: 1.2.0-SNAPSHOT → 1.3.0");
        assertThat(edits.get(0).changes()).containsExactly("pom.xml:7: 1.2.0-SNAPSHOT → 1.3.0 (parent)");
    }
}
