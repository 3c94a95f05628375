package dev.opsmith.report;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.Span;
import dev.opsmith.core.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.opsmith.report.ReportFixtures.PIN;
import static dev.opsmith.report.ReportFixtures.SECRET;
import static dev.opsmith.report.ReportFixtures.TIDY;
import static dev.opsmith.report.ReportFixtures.finding;
import static dev.opsmith.report.ReportFixtures.render;
import static dev.opsmith.report.ReportFixtures.scan;
import static dev.opsmith.report.ReportFixtures.withDetails;
import static dev.opsmith.report.ReportFixtures.withSecrets;
import static org.assertj.core.api.Assertions.assertThat;

class JsonReporterTest {
    @TempDir
    Path root;

    private ScanResult sample() {
        Finding pin = withDetails(finding(PIN, "app/Dockerfile", Span.of(1, 6, 1, 19), "moving tag"),
                List.of("stage build"),
                List.of(new RelatedLocation("app/Dockerfile", Span.of(3, 1, 3, 10), "used here")),
                Map.of("zeta", "1", "image", "ubuntu"));
        Finding secret = withSecrets(finding(SECRET, "app/Dockerfile", Span.of(2, 5, 2, 20), "TOKEN=hunter2hunter2 leaks"),
                "hunter2hunter2");
        Finding tidy = finding(TIDY, "app/Dockerfile", Span.of(4, 1, 4, 8), "unsorted").withSuppression("legacy list");
        return scan(root, root, List.of(pin, secret, tidy), Map.of("shellcheck", "0.9.0", "actionlint", "1.7.0"),
                List.of(new Notice("loop", "symlink loop")));
    }

    @Test
    void followsTheContractKeyForKey() {
        String json = render(new JsonReporter(), sample());
        JsonNode root = ReportJson.MAPPER.readTree(json);

        assertThat(keys(root)).containsExactly("tool", "root", "findings", "notices", "summary");
        assertThat(keys(root.get("tool"))).containsExactly("name", "version", "rulesetVersion", "externalTools");
        assertThat(keys(root.get("tool").get("externalTools"))).containsExactly("actionlint", "shellcheck");
        assertThat(root.get("tool").get("name").asString()).isEqualTo("opsmith");
        assertThat(root.get("tool").get("rulesetVersion").asString()).isEqualTo("2026.11.1");
        assertThat(root.get("root").asString()).isEqualTo(root().toString());

        JsonNode pin = root.get("findings").get(0);
        assertThat(keys(pin)).containsExactly("ruleId", "severity", "category", "title", "message", "file", "line",
                "column", "endLine", "endColumn", "fingerprint", "compliance", "suppressed", "contexts",
                "relatedLocations", "properties");
        assertThat(pin.get("severity").asString()).isEqualTo("high");
        assertThat(pin.get("category").asString()).isEqualTo("security");
        assertThat(pin.get("file").asString()).isEqualTo("app/Dockerfile");
        assertThat(pin.get("column").asInt()).isEqualTo(6);
        assertThat(pin.get("endColumn").asInt()).isEqualTo(19);
        assertThat(pin.get("compliance").get(0).asString()).isEqualTo("CIS-Docker-4.2");
        assertThat(pin.get("suppressed").asBoolean()).isFalse();
        assertThat(pin.get("contexts").get(0).asString()).isEqualTo("stage build");
        JsonNode related = pin.get("relatedLocations").get(0);
        assertThat(keys(related)).containsExactly("file", "line", "column", "endLine", "endColumn", "message");
        assertThat(keys(pin.get("properties"))).containsExactly("image", "zeta");

        JsonNode tidy = root.get("findings").get(2);
        assertThat(keys(tidy)).containsSequence("suppressed", "justification", "contexts");
        assertThat(tidy.get("justification").asString()).isEqualTo("legacy list");

        assertThat(keys(root.get("notices").get(0))).containsExactly("file", "message");

        JsonNode summary = root.get("summary");
        assertThat(keys(summary)).containsExactly("files", "findings", "bySeverity", "suppressed", "parseErrors", "durationMs");
        assertThat(keys(summary.get("bySeverity"))).containsExactly("critical", "high", "medium", "low", "info");
        assertThat(summary.get("findings").asInt()).isEqualTo(2);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
        assertThat(summary.get("bySeverity").get("critical").asInt()).isEqualTo(1);
        assertThat(summary.get("bySeverity").get("low").asInt()).isZero();
        assertThat(summary.get("durationMs").asLong()).isEqualTo(42);
    }

    @Test
    void isPrettyPrintedWithTwoSpacesAndATrailingNewline() {
        String json = render(new JsonReporter(), sample());

        assertThat(json).startsWith("{\n  \"tool\": {\n    \"name\": \"opsmith\",\n");
        assertThat(json).contains("\"compliance\": [],").contains("\"properties\": {}");
        assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void redactsSecrets() {
        String json = render(new JsonReporter(), sample());

        assertThat(json).doesNotContain("hunter2").contains("TOKEN=**** leaks");
    }

    @Test
    void isDeterministic() {
        assertThat(render(new JsonReporter(), sample())).isEqualTo(render(new JsonReporter(), sample()));
    }

    @Test
    void emptyScanHasEveryKey() {
        JsonNode root = ReportJson.MAPPER.readTree(render(new JsonReporter(), scan(root(), List.of())));

        assertThat(root.get("findings").isEmpty()).isTrue();
        assertThat(root.get("summary").get("bySeverity").size()).isEqualTo(5);
        assertThat(root.get("tool").get("externalTools").isObject()).isTrue();
    }

    private Path root() {
        return root;
    }

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
