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

class NpmBumpTest {
    private static final BumpSettings DEFAULT = BumpSettings.DEFAULT;

    @TempDir
    Path temp;

    @Test
    void packageJsonAndBothRootVersionsOfALockfileV3() throws Exception {
        Path dir = copy("npm", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("1.4.2", dir.resolve("package.json"), 3));

        List<FileEdit> edits = VersionFiles.bump(dir, "1.5.0", DEFAULT);

        // nested "version" keys (a script, a config value, a locked package on the same version) stay
        assertThat(diff(dir, edits)).containsExactly(
                "package.json:3: 1.4.2 → 1.5.0",
                "package-lock.json:3: 1.4.2 → 1.5.0",
                "package-lock.json:9: 1.4.2 → 1.5.0");
        assertThat(edits.get(1).changes()).containsExactly(
                "package-lock.json:3: 1.4.2 → 1.5.0 (lockfile root)",
                "package-lock.json:9: 1.4.2 → 1.5.0 (packages[\"\"])");
    }

    @Test
    void lockfileV1HasOnlyTheRootVersion() throws Exception {
        Path dir = copy("npm-lock-v1", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "0.4.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly(
                "package.json:3: 0.3.0 → 0.4.0",
                "package-lock.json:3: 0.3.0 → 0.4.0");
    }

    @Test
    void dependencyRequirementsKeepTheirOperator() throws Exception {
        Path dir = copy("npm", temp);

        List<FileEdit> edits = VersionFiles.bumpDependency(dir, "@acme/ui-kit", "1.3.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly(
                "package.json:11: 1.2.0 → 1.3.0",
                "package.json:20: 1.2.0 → 1.3.0");
        assertThat(edits.get(0).after()).contains("\"@acme/ui-kit\": \"^1.3.0\"").contains("\"@acme/ui-kit\": \">=1.3.0\"");
    }

    @Test
    void workspaceReferencesAreLeftAlone() throws Exception {
        Path dir = copy("npm", temp);

        assertThat(VersionFiles.bumpDependency(dir, "@acme/tokens", "2.0.0", DEFAULT)).isEmpty();
        assertThat(diff(dir, VersionFiles.bumpDependency(dir, "@acme/lint-config", "1.3.0", DEFAULT)))
                .containsExactly("package.json:16: 1.2.0 → 1.3.0");
    }

    @Test
    void nameIsThePackageName() throws Exception {
        assertThat(VersionFiles.names(copy("npm", temp))).containsExactly("@acme/payments-web");
    }

    @Test
    void crlfAndTabsStayAsTheyWere() throws Exception {
        Path dir = copy("npm-lock-v1", temp);
        BumpFixtures.toCrlf(dir.resolve("package.json"));

        VersionFiles.write(VersionFiles.bump(dir, "0.4.0", DEFAULT));

        assertThat(read(dir.resolve("package.json")))
                .isEqualTo("{\r\n\t\"name\": \"legacy-console\",\r\n\t\"version\": \"0.4.0\"\r\n}\r\n");
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        Path dir = copy("npm", temp);
        Path lock = dir.resolve("package-lock.json");
        Files.writeString(lock, read(lock).replace("\"requires\": true,", "\"requires\": true"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "1.5.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessage(lock + ":6: malformed JSON: expected ',' or '}' in an object; fix the file so it is valid JSON");
    }
}
