package dev.opsmith.report;

import dev.opsmith.core.Category;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.opsmith.report.ReportFixtures.PIN;
import static dev.opsmith.report.ReportFixtures.SECRET;
import static dev.opsmith.report.ReportFixtures.TIDY;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogWriterTest {
    private final CatalogWriter catalog = new CatalogWriter("2026.11.1");
    private static final RuleMeta PARSE = RuleMeta.builder("PARSE", "File could not be parsed")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).build();

    private static final Examples PIN_EXAMPLES = new Examples(
            "# expect-next: DF001\nFROM ubuntu:latest\n",
            "FROM ubuntu:24.04@sha256:abc # pinned\n",
            "dockerfile");

    @Test
    void textIsATableSortedById() throws Exception {
        StringWriter out = new StringWriter();
        catalog.writeText(List.of(TIDY, PIN, SECRET), out);

        assertThat(out.toString()).isEqualTo(""
                + "ID     SEVERITY  CATEGORY  DEFAULT  TITLE\n"
                + "DF001  high      security  on       Pin base image versions\n"
                + "DF002  critical  security  on       No secrets in ENV\n"
                + "DF003  low       hygiene   off      Sort package lists\n"
                + "\n"
                + "3 rules, ruleset 2026.11.1\n");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        StringWriter out = new StringWriter();
        catalog.writeJson(List.of(TIDY, PIN), out);
        JsonNode root = ReportJson.MAPPER.readTree(out.toString());

        assertThat(new ArrayList<>(root.propertyNames())).containsExactly("rulesetVersion", "rules");
        assertThat(root.get("rulesetVersion").asString()).isEqualTo("2026.11.1");
        JsonNode pin = root.get("rules").get(0);
        assertThat(new ArrayList<>(pin.propertyNames())).containsExactly("id", "title", "severity", "category",
                "defaultEnabled", "formats", "description", "remediation", "compliance", "equivalents");
        assertThat(pin.get("formats").toString()).isEqualTo("[\"dockerfile\"]");
        assertThat(pin.get("equivalents").toString()).isEqualTo("{\"checkov\":[\"CKV_DOCKER_7\"],\"hadolint\":[\"DL3007\"]}");
        assertThat(root.get("rules").get(1).get("defaultEnabled").asBoolean()).isFalse();
        assertThat(out.toString()).endsWith("}\n");
    }

    @Test
    void markdownPagesIndexAndOnePagePerRule() {
        Map<String, String> pages = catalog.markdownPages(List.of(PIN, PARSE, TIDY),
                r -> r == PIN ? PIN_EXAMPLES : null);

        assertThat(pages.keySet()).containsExactly("docs/rules/README.md", "docs/rules/dockerfile/DF001.md",
                "docs/rules/dockerfile/DF003.md", "docs/rules/general/PARSE.md");

        String index = pages.get("docs/rules/README.md");
        assertThat(index).contains("## Dockerfile\n\n| Rule | Title | Severity | Category | Default |\n|---|---|---|---|---|\n"
                + "| [DF001](dockerfile/DF001.md) | Pin base image versions | high | security | on |\n"
                + "| [DF003](dockerfile/DF003.md) | Sort package lists | low | hygiene | off |\n");
        assertThat(index.indexOf("## Dockerfile")).isLessThan(index.indexOf("## General"));
        assertThat(index).contains("| [PARSE](general/PARSE.md) |");

        String page = pages.get("docs/rules/dockerfile/DF001.md");
        assertThat(page).contains("# DF001: Pin base image versions\n")
                .contains("| Severity | high |")
                .contains("| Default | on |")
                .contains("| Formats | dockerfile |")
                .contains("| Also known as | checkov CKV_DOCKER_7, hadolint DL3007 |")
                .contains("The base image is referenced by a moving tag.")
                .contains("## Why\n\nA moving tag changes under you")
                .contains("## How to fix\n\nPin the image by digest")
                .contains("### Noncompliant\n\n```dockerfile\nFROM ubuntu:latest\n```\n")
                .contains("### Compliant\n\n```dockerfile\nFROM ubuntu:24.04@sha256:abc # pinned\n```\n")
                .contains("## References\n\n- <https://docs.docker.com/build/building/best-practices/>\n")
                .contains("## Compliance\n\n- CIS-Docker-4.2\n")
                .doesNotContain("expect");
        assertThat(pages.get("docs/rules/dockerfile/DF003.md")).contains("| Default | off (opt-in) |")
                .doesNotContain("Noncompliant");
    }

    @Test
    void describeIsPlainText() {
        String text = catalog.describe(PIN, PIN_EXAMPLES);

        assertThat(text).startsWith("DF001  Pin base image versions\n"
                + "severity: high   category: security   default: on   formats: dockerfile\n"
                + "also known as: checkov CKV_DOCKER_7, hadolint DL3007\n");
        assertThat(text).contains("Noncompliant:\n    FROM ubuntu:latest\n")
                .contains("Compliant:\n    FROM ubuntu:24.04@sha256:abc # pinned\n")
                .doesNotContain("expect-next")
                .doesNotContain("```");
        assertThat(catalog.describe(PARSE, null)).contains("formats: all");
    }

    @Test
    void fencesGrowPastBackticksInTheExample() {
        Examples md = new Examples("```\ncode\n```\n", null, "markdown");
        String page = catalog.markdownPages(List.of(PIN), r -> md).get("docs/rules/dockerfile/DF001.md");

        assertThat(page).contains("````markdown\n```\ncode\n```\n````\n");
    }
}
