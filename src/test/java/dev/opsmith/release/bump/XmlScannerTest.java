package dev.opsmith.release.bump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class XmlScannerTest {

    private static BuildFile file(String text) {
        return new BuildFile(Path.of("pom.xml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void markupInsideCommentsCdataAndAttributesIsNotAnElement() throws Exception {
        String text = "<?xml version=\"1.0\"?>\n<project a=\"x>y\" b='<version>'>\n"
                + "  <!-- <version>0.1</version> -->\n"
                + "  <description><![CDATA[</description><version>0.2</version>]]></description>\n"
                + "  <?pi <version>0.3</version>?>\n"
                + "  <version>1.0</version>\n"
                + "  <empty/>\n</project>\n";
        BuildFile file = file(text);

        XmlElement project = XmlScanner.parse(file);

        assertThat(project.children()).extracting(XmlElement::name).containsExactly("description", "version", "empty");
        XmlElement.TextRange version = project.child("version").orElseThrow().value(text).orElseThrow();
        assertThat(version.text()).isEqualTo("1.0");
        assertThat(file.lineOf(version.start())).isEqualTo(6);
        assertThat(project.child("description").orElseThrow().simple()).isFalse();
        assertThat(project.child("empty").orElseThrow().selfClosing()).isTrue();
    }

    @Test
    void entitiesMakeAValueNonEditable() throws Exception {
        String text = "<project><version>1.0&#45;SNAPSHOT</version></project>";

        XmlElement version = XmlScanner.parse(file(text)).child("version").orElseThrow();

        assertThat(version.value(text)).isEmpty();
    }

    @Test
    void unbalancedTagsAreReportedWithTheirLine() {
        assertThatThrownBy(() -> XmlScanner.parse(file("<project>\n  <version>1.0\n</project>\n")))
                .isInstanceOf(BumpException.class)
                .hasMessage("pom.xml:3: malformed XML: end tag </project> does not close <version>;"
                        + " fix the file so it is well-formed XML");
        assertThatThrownBy(() -> XmlScanner.parse(file("<project>\n  <!-- never closed\n")))
                .hasMessageStartingWith("pom.xml:2: malformed XML: comment is never closed");
        assertThatThrownBy(() -> XmlScanner.parse(file("<project/>\n<project/>\n")))
                .hasMessageStartingWith("pom.xml:2: malformed XML: a second root element <project>");
        assertThatThrownBy(() -> XmlScanner.parse(file("<project>\n")))
                .hasMessageStartingWith("pom.xml:1: malformed XML: element <project> is never closed");
    }
}
