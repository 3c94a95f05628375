package dev.opsmith.release.bump;

import static dev.opsmith.release.bump.BumpFixtures.copy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionFilesWriteTest {

    @TempDir
    Path temp;

    @Test
    void writesExactlyTheEditedTextAndLeavesNoTemporaryFiles() throws Exception {
        Path dir = copy("npm", temp);
        List<FileEdit> edits = VersionFiles.bump(dir, "1.5.0", BumpSettings.DEFAULT);

        VersionFiles.write(edits);

        for (FileEdit edit : edits) {
            assertThat(Files.readString(edit.file())).isEqualTo(edit.after());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("package.json", "package-lock.json");
        }
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path dir = copy("npm", temp);
        List<FileEdit> edits = VersionFiles.bump(dir, "1.5.0", BumpSettings.DEFAULT);
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"changed\", \"version\": \"9.0.0\"}\n");

        assertThatThrownBy(() -> VersionFiles.write(edits))
                .isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("package.json") + ": changed since the release read it; run the release again");
        assertThat(Files.readString(dir.resolve("package.json"))).contains("9.0.0");
    }

    @Test
    void aPomKeepsTheEncodingItDeclares() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("latin1"));
        String pom = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<project>\n  <groupId>com.acme</groupId>\n"
                + "  <artifactId>zahlungsverkehr</artifactId>\n  <name>Zahlungsverkehr Übersicht</name>\n"
                + "  <version>1.0.0</version>\n</project>\n";
        Files.write(dir.resolve("pom.xml"), pom.getBytes(StandardCharsets.ISO_8859_1));

        VersionFiles.write(VersionFiles.bump(dir, "1.1.0", BumpSettings.DEFAULT));

        assertThat(Files.readAllBytes(dir.resolve("pom.xml")))
                .isEqualTo(pom.replace("1.0.0", "1.1.0").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void unchangedEditsAreNotWritten() throws Exception {
        Path dir = copy("poetry", temp);
        Path file = dir.resolve("pyproject.toml");
        List<FileEdit> edits = VersionFiles.bump(dir, "2.2.2", BumpSettings.DEFAULT);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));

        VersionFiles.write(edits);

        assertThat(edits).singleElement().satisfies(e -> assertThat(e.changed()).isFalse());
        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    }
}
