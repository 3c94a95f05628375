package dev.opsmith.cli;

import dev.opsmith.report.SarifSchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: options, outputs and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path brokenDockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nRUN <<EOF\necho never closed\n");
        return dir;
    }

    @Test
    void exitCodeOneWhenAFindingIsAtOrAboveFailOn() throws IOException {
        brokenDockerfile();
        assertThat(run("scan", dir.toString(), "--no-color").code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run("scan", dir.toString(), "--fail-on", "critical").code()).isEqualTo(ExitCodes.OK);
        assertThat(run("scan", dir.toString(), "--fail-on", "none").code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void failOnCountsFindingsHiddenByTheThreshold() throws IOException {
        brokenDockerfile();
        Files.writeString(dir.resolve(".opsmith.yaml"), "rules:\n  severity: {PARSE: low}\n");
        Run r = run("scan", dir.toString(), "--severity-threshold", "high", "--fail-on", "low", "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(json(r.out()).path("findings").size()).isZero();
    }

    @Test
    void skippedRuleDoesNotFail() throws IOException {
        brokenDockerfile();
        assertThat(run("scan", dir.toString(), "--skip-rule", "PARSE").code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run missing = run("scan", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("opsmith: ").contains("no such file or folder").doesNotContain("Exception");
        Run format = run("scan", dir.toString(), "--format", "xml");
        assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err().strip()).isEqualTo("opsmith: unknown --format 'xml'; use one of text, json, sarif");
        assertThat(run("scan", "--bogus").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scan", dir.toString(), "--rule", "NOPE1").err()).contains("unknown rule id 'NOPE1'");
        assertThat(run("scan", dir.toString(), "--fail-on", "severe").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void invalidConfigurationIsAUsageErrorWithEveryProblem() throws IOException {
        Files.writeString(dir.resolve(".opsmith.yaml"), "fail-on: sometimes\nrulez: {}\n");
        Run r = run("scan", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(".opsmith.yaml:1:10: fail-on:").contains(".opsmith.yaml:2:1: rulez: unknown key");
    }

    @Test
    void jsonOnStdoutIsCleanJson() throws IOException {
        brokenDockerfile();
        Run r = run("scan", dir.toString(), "--format", "json");
        JsonNode root = json(r.out());
        assertThat(root.path("tool").path("name").asString()).isEqualTo("opsmith");
        assertThat(root.path("root").asString()).isEqualTo(dir.toString());
        assertThat(root.path("findings").get(0).path("file").asString()).isEqualTo("Dockerfile");
        assertThat(root.path("summary").path("parseErrors").asInt()).isEqualTo(1);
    }

    @Test
    void severalFormatsToFiles() throws IOException {
        brokenDockerfile();
        Path json = dir.resolve("out.json");
        Path sarif = dir.resolve("out.sarif");
        Run r = run("scan", dir.toString(), "--format", "text", "--format", "json", "--format", "sarif",
                "--output", "json=" + json, "--output", "sarif=" + sarif, "--no-color");
        assertThat(r.out()).contains("Dockerfile:2:");
        assertThat(json(Files.readString(json)).path("findings").size()).isEqualTo(1);
        assertThat(SarifSchemaValidator.validate(Files.readString(sarif))).isEmpty();
        Run ambiguous = run("scan", dir.toString(), "--format", "json", "--format", "sarif", "--output", "x.json");
        assertThat(ambiguous.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void singleFormatOutputFile() throws IOException {
        brokenDockerfile();
        Path out = dir.resolve("report.sarif");
        Run r = run("scan", dir.toString(), "--format", "sarif", "-o", out.toString());
        assertThat(r.out()).isEmpty();
        assertThat(SarifSchemaValidator.validate(Files.readString(out))).isEmpty();
    }

    @Test
    void versionAndRules() {
        assertThat(run("version").out()).startsWith("opsmith ").contains("ruleset ");
        assertThat(run("--version").out()).startsWith("opsmith ");
        Run rules = run("rules", "--format", "json");
        assertThat(json(rules.out()).path("rules").size()).isPositive();
        assertThat(run("rules", "describe", "PARSE").out()).contains("File could not be parsed");
        assertThat(run("rules", "describe", "NOPE").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("rules", "coverage", "hadolint").out()).contains("DL3007");
        assertThat(run("rules", "coverage", "kubelinter").code()).isEqualTo(ExitCodes.USAGE);
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
