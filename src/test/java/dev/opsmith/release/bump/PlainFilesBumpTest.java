package dev.opsmith.release.bump;

import static dev.opsmith.release.bump.BumpFixtures.copy;
import static dev.opsmith.release.bump.BumpFixtures.diff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyproject.toml, VERSION files and configured extra files. */
class PlainFilesBumpTest {
    private static final BumpSettings DEFAULT = BumpSettings.DEFAULT;

    @TempDir
    Path temp;

    @Test
    void pep621ProjectVersion() throws Exception {
        Path dir = copy("python", temp);
        assertThat(VersionFiles.current(dir, DEFAULT))
                .contains(new DeclaredVersion("0.8.0", dir.resolve("pyproject.toml"), 7));

        List<FileEdit> edits = VersionFiles.bump(dir, "0.9.0", DEFAULT);

        // the version-like line inside the multi-line description and other tables' keys stay
        assertThat(diff(dir, edits)).containsExactly("pyproject.toml:7: 0.8.0 → 0.9.0");
    }

    @Test
    void poetryVersionKeepsItsSingleQuotes() throws Exception {
        Path dir = copy("poetry", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "2.3.0", DEFAULT);

        assertThat(diff(dir, edits)).containsExactly("pyproject.toml:3: 2.2.2 → 2.3.0");
        assertThat(edits.get(0).after()).contains("version = '2.3.0'\n");
    }

    @Test
    void aDynamicVersionFallsThroughToTheVersionFile() throws Exception {
        Path dir = copy("python-dynamic", temp);
        assertThat(VersionFiles.current(dir, DEFAULT)).contains(new DeclaredVersion("3.0.0", dir.resolve("VERSION"), 1));

        assertThat(diff(dir, VersionFiles.bump(dir, "3.1.0", DEFAULT))).containsExactly("VERSION:1: 3.0.0 → 3.1.0");
    }

    @Test
    void versionFileKeepsItsLineBreakOrItsAbsence() throws Exception {
        for (String text : List.of("1.0.0\n", "1.0.0", "1.0.0\r\n")) {
            Path dir = Files.createDirectories(temp.resolve("v" + text.length()));
            Files.writeString(dir.resolve("VERSION"), text);

            VersionFiles.write(VersionFiles.bump(dir, "1.1.0", DEFAULT));

            assertThat(Files.readString(dir.resolve("VERSION"))).isEqualTo(text.replace("1.0.0", "1.1.0"));
        }
    }

    @Test
    void aVersionFileWithSeveralLinesIsRefused() throws Exception {
        Files.writeString(temp.resolve("VERSION"), "1.0.0\nbuilt by ci\n");

        assertThatThrownBy(() -> VersionFiles.current(temp, DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessage(temp.resolve("VERSION") + ":2: VERSION holds more than one line; keep only the version in it");
    }

    @Test
    void extraFilesAreSetWhereTheirPatternMatches() throws Exception {
        Path dir = copy("python", temp);
        Path init = Files.createDirectories(dir.resolve("src/acme_risk")).resolve("__init__.py");
        Files.writeString(init, "\"\"\"Risk models.\"\"\"\n\n__version__ = \"0.8.0\"\nAPI_LEVEL = \"0.8.0\"\n");
        BumpSettings settings = new BumpSettings(false, true,
                List.of(new ExtraFile("src/*/__init__.py", "^__version__ = \"(?<version>[^\"]+)\"")));

        List<FileEdit> edits = VersionFiles.bump(dir, "0.9.0", settings);

        assertThat(diff(dir, edits)).containsExactly(
                "pyproject.toml:7: 0.8.0 → 0.9.0",
                "src/acme_risk/__init__.py:3: 0.8.0 → 0.9.0");
    }

    @Test
    void anExtraFileWhosePatternDoesNotMatchIsAnError() throws Exception {
        Path dir = copy("python", temp);
        BumpSettings settings = new BumpSettings(false, true,
                List.of(new ExtraFile("pyproject.toml", "release = \"(?<version>[^\"]+)\"")));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "0.9.0", settings))
                .isInstanceOf(BumpException.class)
                .hasMessage(dir.resolve("pyproject.toml") + ":1: the configured pattern release = \"(?<version>[^\"]+)\""
                        + " does not match; fix the pattern (its group 'version' must capture the version) or the file");
    }

    @Test
    void anExtraFileGlobThatMatchesNothingIsAnError() throws Exception {
        Path dir = copy("python", temp);
        BumpSettings settings = new BumpSettings(false, true,
                List.of(new ExtraFile("docs/*.md", "v(?<version>\\d+\\.\\d+\\.\\d+)")));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "0.9.0", settings))
                .isInstanceOf(BumpException.class)
                .hasMessageContaining("extra file glob 'docs/*.md' matches no file");
    }

    @Test
    void aFolderWithoutVersionsSaysWhatWasLookedFor() throws Exception {
        assertThat(VersionFiles.current(temp, DEFAULT)).isEmpty();
        assertThatThrownBy(() -> VersionFiles.bump(temp, "1.0.0", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessageContaining("no build file here declares a version");
    }

    @Test
    void versionsThatCouldBreakAFileAreRefused() throws Exception {
        Path dir = copy("poetry", temp);

        assertThatThrownBy(() -> VersionFiles.bump(dir, "1.0.0\"; rm", DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessageContaining("is not a version that can be written into build files");
    }

    @Test
    void anExtraPatternOverlappingAVersionOpsmithUpdatesIsAnError() throws Exception {
        Path dir = copy("poetry", temp);
        BumpSettings settings = new BumpSettings(false, true,
                List.of(new ExtraFile("pyproject.toml", "version = '(?<version>\\d+\\.\\d+)")));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "2.3.0", settings))
                .isInstanceOf(BumpException.class)
                .hasMessage(dir.resolve("pyproject.toml") + ":3: two rules edit overlapping text here (2.2.2 and 2.2);"
                        + " make the extra file pattern capture exactly the version, or drop it for a build file"
                        + " opsmith already updates");
    }
}
