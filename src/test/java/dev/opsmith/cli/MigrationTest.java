package dev.opsmith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams arriving from hadolint, checkov or trivy keep their suppressions and their rule ids. */
class MigrationTest {
    @TempDir
    Path dir;

    private static final String DOCKERFILE = """
            FROM debian:12
            # hadolint ignore=DL3014
            RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            RUN apt-get update && apt-get install --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
            USER 10001
            """;

    private List<JsonNode> findings(String rule, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", dir.toString(), "--format", "json", "--rule", rule, "--shellcheck", "off"));
        args.addAll(List.of(extra));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        List<JsonNode> out = new ArrayList<>();
        CliTest.json(r.out()).path("findings").forEach(out::add);
        return out;
    }

    @Test
    void hadolintPragmaWaivesTheEquivalentRuleAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        List<JsonNode> f = findings("DF020");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(f.get(0).path("suppressed").asBoolean()).isTrue();
        assertThat(f.get(0).path("justification").asString()).isEqualTo("hadolint ignore pragma");
        assertThat(f.get(1).path("suppressed").asBoolean()).isFalse();
    }

    @Test
    void hadolintConfigIgnoredListWaivesEverywhere_andPeerIdsWorkAsRuleIds() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored:\n  - DL3014\n  - DL3999\n");
        CliTest.Run r = CliTest.run("scan", dir.toString(), "--format", "json", "--rule", "DL3014", "--shellcheck", "off");
        assertThat(r.err()).contains(".hadolint.yaml: ignored rule DL3999 has no opsmith equivalent");
        JsonNode summary = CliTest.json(r.out()).path("summary");
        assertThat(summary.path("suppressed").asInt()).isEqualTo(2);
        assertThat(summary.path("findings").asInt()).isZero();
    }

    @Test
    void pragmasCanBeTurnedOff() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(dir.resolve(".opsmith.yaml"), "migration:\n  hadolint:\n    pragmas: false\n");
        assertThat(findings("DF020")).noneMatch(f -> f.path("suppressed").asBoolean());
    }

    @Test
    void trivyAndCheckovIdsAreAcceptedWhereverOurIdsAre() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:latest\nUSER 10001\n");
        assertThat(findings("AVD-DS-0001")).extracting(f -> f.path("ruleId").asString()).containsExactly("DF002");
        assertThat(findings("DS001")).hasSize(1);
        assertThat(findings("DF002", "--skip-rule", "CKV_DOCKER_7")).isEmpty();
    }

    @Test
    void opsmithPragmaWithReasonBecomesTheSarifJustification() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM debian:12
                # opsmith:ignore=DF020 the base image sets APT::Get::Assume-Yes (PAY-1234)
                RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                USER 10001
                """);
        CliTest.Run r = CliTest.run("scan", dir.toString(), "--format", "sarif", "--rule", "DF020");
        JsonNode result = CliTest.json(r.out()).path("runs").get(0).path("results").get(0);
        assertThat(result.path("suppressions").get(0).path("justification").asString())
                .isEqualTo("the base image sets APT::Get::Assume-Yes (PAY-1234)");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
    }
}
