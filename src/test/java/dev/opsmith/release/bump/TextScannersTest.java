package dev.opsmith.release.bump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON, Gradle script, gradle.properties and maven.config readers on the cases real files bring. */
class TextScannersTest {

    private static BuildFile file(String name, String text) {
        return new BuildFile(Path.of(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonStringsKeepTheirPositionsPastEscapes() throws Exception {
        String text = "{\"description\": \"say \\\"hi\\\" \\u00e9\", \"version\": \"1.0.0\", \"version\": \"9\"}";

        JsonValue root = JsonScanner.parse(file("package.json", text));

        assertThat(root.string("description").orElseThrow().text()).isEqualTo("say \"hi\" é");
        JsonValue version = root.string("version").orElseThrow();
        assertThat(text.substring(version.contentStart(), version.contentEnd())).isEqualTo("1.0.0");
    }

    @Test
    void jsonErrorsNameTheLine() {
        assertThatThrownBy(() -> JsonScanner.parse(file("package.json", "{\n  \"a\": 1,\n}\n")))
                .isInstanceOf(BumpException.class)
                .hasMessage("package.json:3: malformed JSON: expected a quoted key; fix the file so it is valid JSON");
        assertThatThrownBy(() -> JsonScanner.parse(file("package.json", "{}\n{}\n")))
                .hasMessageStartingWith("package.json:2: malformed JSON: text after the end of the JSON document");
    }

    @Test
    void gradleTopLevelVersionIgnoresBlocksCommentsAndStrings() throws Exception {
        String text = "plugins {\n    id(\"x\") version \"1.0\"\n}\n// version = \"2.0\"\n"
                + "val s = \"\"\"\nversion = \"3.0\"\n\"\"\"\n"
                + "tasks.register(\"v\") {\n    version = \"4.0\"\n}\n"
                + "version = \"5.0\"\n";

        GradleScript script = GradleScript.parse(file("build.gradle.kts", text));

        assertThat(script.topLevel("version")).map(GradleScript.Assignment::value).contains("5.0");
    }

    @Test
    void gradleVersionInAllprojectsCountsAndInterpolationDoesNot() throws Exception {
        GradleScript inAllprojects = GradleScript.parse(file("build.gradle", "allprojects {\n  version = '1.4.0'\n}\n"));
        GradleScript interpolated = GradleScript.parse(file("build.gradle", "version = \"${major}.1.0\"\n"));

        assertThat(inAllprojects.topLevel("version")).map(GradleScript.Assignment::value).contains("1.4.0");
        assertThat(interpolated.topLevel("version")).isEmpty();
    }

    @Test
    void gradlePropertiesFollowJavaPropertiesRules() throws Exception {
        String text = "! comment\nargs=-Xmx1g \\\n  version=9.9.9\nversion:2.0.0   \n";
        BuildFile file = file("gradle.properties", text);

        GradleProperties.Value value = GradleProperties.find(file, "version").orElseThrow();

        assertThat(value.text()).isEqualTo("2.0.0");
        assertThat(file.lineOf(value.start())).isEqualTo(4);
        assertThatThrownBy(() -> GradleProperties.find(file("gradle.properties", "version=1.0\\\n.0\n"), "version"))
                .isInstanceOf(BumpException.class)
                .hasMessage("gradle.properties:1: version uses a backslash escape or continuation; write it on one line"
                        + " (version=1.2.3) so it can be updated");
    }

    @Test
    void mavenConfigReadsDefinitionsInEveryForm() {
        String text = "-Drevision=1.0.0 \"-Dchangelist=-SNAPSHOT\"\n-D sha1=abc --define=other=x\n";

        MavenConfig config = MavenConfig.parse(file("maven.config", text));

        assertThat(config.definition("revision")).map(MavenConfig.Definition::value).contains("1.0.0");
        assertThat(config.definition("changelist")).map(MavenConfig.Definition::value).contains("-SNAPSHOT");
        assertThat(config.definition("sha1")).map(MavenConfig.Definition::value).contains("abc");
        assertThat(config.definition("other")).map(MavenConfig.Definition::value).contains("x");
    }
}
