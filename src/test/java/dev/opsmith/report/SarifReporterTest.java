package dev.opsmith.report;

import dev.opsmith.core.Category;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.core.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
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

class SarifReporterTest {
    @TempDir
    Path repo;

    /** The scan root is a folder inside the repository, so SARIF URIs carry the folder. */
    private ScanResult sample() throws Exception {
        Path root = Files.createDirectories(repo.resolve("services"));
        Finding pin = withDetails(finding(PIN, "app/Dockerfile", Span.of(1, 6, 1, 19), "moving tag"),
                List.of("stage build"),
                List.of(new RelatedLocation("app/Dockerfile", Span.of(3, 1, 3, 10), "used here")),
                Map.of("image", "ubuntu"));
        Finding secret = withSecrets(finding(SECRET, "app/Dockerfile", Span.of(2, 5, 2, 20), "TOKEN=hunter2hunter2 leaks"),
                "hunter2hunter2");
        Finding tidy = finding(TIDY, "app/Dockerfile", Span.of(4, 1, 4, 8), "unsorted").withSuppression("legacy list");
        return scan(root, repo, List.of(pin, secret, tidy), Map.of("shellcheck", "0.9.0"),
                List.of(new Notice("loop", "symlink loop")));
    }

    private static JsonNode parse(String sarif) {
        return ReportJson.MAPPER.readTree(sarif);
    }

    @Test
    void validatesAgainstTheSarifSchema() throws Exception {
        String sarif = render(new SarifReporter(), sample());

        assertThat(SarifSchemaValidator.validate(sarif)).isEmpty();
    }

    @Test
    void emptyScanValidates() {
        String sarif = render(new SarifReporter(), scan(repo, List.of()));

        assertThat(SarifSchemaValidator.validate(sarif)).isEmpty();
        assertThat(parse(sarif).get("runs").get(0).get("results").isEmpty()).isTrue();
    }

    @Test
    void validatorRejectsInvalidLogs() {
        assertThat(SarifSchemaValidator.validate("{\"version\": \"2.1.0\"}")).isNotEmpty();
        assertThat(SarifSchemaValidator.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": "
                + "{\"name\": \"x\"}}, \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}"))
                .isNotEmpty();
    }

    @Test
    void describesTheToolAndItsRules() throws Exception {
        JsonNode log = parse(render(new SarifReporter(), sample()));

        assertThat(log.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("opsmith");
        assertThat(driver.get("semanticVersion").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://opsmith.dev");

        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isEqualTo(3);
        JsonNode pin = rules.get(0);
        assertThat(pin.get("id").asString()).isEqualTo("DF001");
        assertThat(pin.get("name").asString()).isEqualTo("PinBaseImageVersions");
        assertThat(pin.get("shortDescription").get("text").asString()).isEqualTo("Pin base image versions");
        assertThat(pin.get("fullDescription").get("text").asString()).isEqualTo("The base image is referenced by a moving tag.");
        assertThat(pin.get("help").get("text").asString()).contains("moving tag", "reproducible", "Pin the image",
                "https://docs.docker.com/build/building/best-practices/");
        assertThat(pin.get("help").get("markdown").asString()).contains("## How to fix");
        assertThat(pin.has("helpUri")).isFalse();
        assertThat(pin.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
        assertThat(pin.get("properties").get("tags").toString()).isEqualTo("[\"security\",\"dockerfile\",\"CIS-Docker-4.2\"]");
        assertThat(pin.get("properties").get("precision").asString()).isEqualTo("high");
        assertThat(pin.get("properties").get("security-severity").asString()).isEqualTo("8.0");
        assertThat(rules.get(1).get("properties").get("security-severity").asString()).isEqualTo("9.5");
        JsonNode tidy = rules.get(2);
        assertThat(tidy.get("defaultConfiguration").get("level").asString()).isEqualTo("note");
        assertThat(tidy.get("properties").has("security-severity")).isFalse();

        JsonNode extension = run.get("tool").get("extensions").get(0);
        assertThat(extension.get("name").asString()).isEqualTo("shellcheck");
        assertThat(extension.get("version").asString()).isEqualTo("0.9.0");
    }

    @Test
    void resultsPointIntoTheRepository() throws Exception {
        JsonNode run = parse(render(new SarifReporter(), sample())).get("runs").get(0);

        String base = run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString();
        assertThat(base).startsWith("file:///").endsWith("/").isEqualTo(repo.toUri().toString());

        JsonNode pin = run.get("results").get(0);
        assertThat(pin.get("ruleId").asString()).isEqualTo("DF001");
        assertThat(pin.get("ruleIndex").asInt()).isZero();
        assertThat(pin.get("level").asString()).isEqualTo("error");
        assertThat(pin.get("message").get("text").asString()).isEqualTo("moving tag");
        JsonNode physical = pin.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("services/app/Dockerfile");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(physical.get("region").toString())
                .isEqualTo("{\"startLine\":1,\"startColumn\":6,\"endLine\":1,\"endColumn\":19}");
        JsonNode related = pin.get("relatedLocations").get(0);
        assertThat(related.get("id").asInt()).isZero();
        assertThat(related.get("message").get("text").asString()).isEqualTo("used here");
        assertThat(related.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(pin.get("partialFingerprints").get("opsmith/v1").asString()).hasSize(32);
        assertThat(pin.get("properties").get("image").asString()).isEqualTo("ubuntu");
        assertThat(pin.get("properties").get("contexts").get(0).asString()).isEqualTo("stage build");
        assertThat(pin.has("suppressions")).isFalse();

        assertThat(run.get("results").get(1).get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(run.get("results").get(1).has("properties")).isFalse();

        JsonNode tidy = run.get("results").get(2);
        assertThat(tidy.get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(tidy.get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"inSource\",\"justification\":\"legacy list\"}]");

        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("message").get("text").asString()).isEqualTo("symlink loop");
        assertThat(notification.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
                .isEqualTo("services/loop");
    }

    @Test
    void redactsSecretsAndIsDeterministic() throws Exception {
        String sarif = render(new SarifReporter(), sample());

        assertThat(sarif).doesNotContain("hunter2").contains("TOKEN=**** leaks");
        assertThat(sarif).isEqualTo(render(new SarifReporter(), sample()));
    }

    @Test
    void severityOverridesDecideTheResultLevel() throws Exception {
        Finding lowered = finding(PIN, "Dockerfile", Span.of(1, 1, 1, 2), "m").withSeverity(Severity.LOW);
        JsonNode result = parse(render(new SarifReporter(), scan(repo, List.of(lowered))))
                .get("runs").get(0).get("results").get(0);

        assertThat(result.get("level").asString()).isEqualTo("note");
    }

    @Test
    void awkwardPathsBecomeValidUriReferences() throws Exception {
        Path root = Files.createDirectories(repo.resolve("my project"));
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(PIN, "a dir/Dockerfile#1", Span.of(1, 1, 1, 2), "m"));
        findings.add(finding(PIN, "c:weird/Dockerfile", Span.of(1, 1, 1, 2), "m"));
        findings.add(finding(PIN, "ünï/Dockerfile%", Span.of(2, 1, 3, 1), "m"));
        String sarif = render(new SarifReporter(), scan(root, repo, findings, Map.of(), List.of()));

        assertThat(SarifSchemaValidator.validate(sarif)).isEmpty();
        JsonNode results = parse(sarif).get("runs").get(0).get("results");
        assertThat(uri(results.get(0))).isEqualTo("my%20project/a%20dir/Dockerfile%231");
        assertThat(uri(results.get(1))).isEqualTo("my%20project/c:weird/Dockerfile");
        assertThat(uri(results.get(2))).isEqualTo("my%20project/%C3%BCn%C3%AF/Dockerfile%25");
        assertThat(SarifReporter.uriReference("c:weird/x")).isEqualTo("./c:weird/x");
    }

    @Test
    void unknownRulesStillGetADescriptor() {
        Finding f = new Finding("SC2086", Severity.MEDIUM, Category.RELIABILITY, "Quote variables",
                "Double quote to prevent globbing", "Dockerfile", Span.of(1, 1, 1, 2), "fp", List.of(), false, "",
                List.of(), List.of(), Map.of(), List.of());
        String sarif = render(new SarifReporter(), scan(repo, List.of(f)));

        assertThat(SarifSchemaValidator.validate(sarif)).isEmpty();
        JsonNode run = parse(sarif).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").get(3).get("id").asString()).isEqualTo("SC2086");
        assertThat(run.get("results").get(0).get("ruleIndex").asInt()).isEqualTo(3);
    }

    @Test
    void ruleNamesAreCamelCase() {
        assertThat(SarifReporter.ruleName("Pin base image versions", "DF001")).isEqualTo("PinBaseImageVersions");
        assertThat(SarifReporter.ruleName("no `latest` tag!", "DF001")).isEqualTo("NoLatestTag");
        assertThat(SarifReporter.ruleName("", "PARSE")).isEqualTo("PARSE");
        assertThat(SarifReporter.ruleName("3 things", "K8S-001")).isEqualTo("K8S0013Things");
    }

    private static String uri(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString();
    }
}
