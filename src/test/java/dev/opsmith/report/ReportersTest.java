package dev.opsmith.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportersTest {
    @Test
    void knownFormats() {
        assertThat(Reporters.forFormat("text")).isInstanceOf(TextReporter.class);
        assertThat(Reporters.forFormat("json")).isInstanceOf(JsonReporter.class);
        assertThat(Reporters.forFormat("sarif")).isInstanceOf(SarifReporter.class);
        assertThat(Reporters.FORMATS).containsExactly("text", "json", "sarif");
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> Reporters.forFormat("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown output format 'xml'; use one of: text, json, sarif");
    }
}
