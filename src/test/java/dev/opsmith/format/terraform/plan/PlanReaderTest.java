package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the plans the terraform binary wrote for {@code terraform-data/} (see {@code generate.sh} there). */
class PlanReaderTest {

    static Plan read(String resource, String relativePath) throws Exception {
        try (InputStream in = PlanReaderTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new PlanReader().read(in, relativePath);
        }
    }

    @Test
    void readsAFreshPlan() throws Exception {
        Plan plan = read(TerraformDataPlan.DIRECTORY + "plan.json", "infra/plan.json");
        assertThat(plan.file()).isEqualTo("infra/plan.json");
        assertThat(plan.terraformVersion()).isEqualTo("1.11.4");
        assertThat(plan.formatVersion()).isEqualTo("1.2");
        TerraformDataPlan.assertFreshPlan(plan);
    }

    @Test
    void readsAPlanWithReplacementsUpdatesAndDeletions() throws Exception {
        TerraformDataPlan.assertChangedPlan(read(TerraformDataPlan.DIRECTORY + "changed/plan.json", "plan.json"));
    }

    @Test
    void valuesPointIntoThePlanFile() throws Exception {
        Plan plan = read(TerraformDataPlan.DIRECTORY + "plan.json", "infra/plan.json");
        ResourceChange b = plan.change("terraform_data.b").orElseThrow();
        Value fixed = b.after().path("input", "fixed");
        Origin origin = fixed.origin().orElseThrow();
        assertThat(origin.file()).isEqualTo("infra/plan.json");
        String text = textOf(TerraformDataPlan.DIRECTORY + "plan.json");
        assertThat(slice(text, origin.span())).isEqualTo("\"known\"");
        assertThat(slice(text, b.span())).startsWith("{\"address\":\"terraform_data.b\"").endsWith("}");
        assertThat(b.span().contains(origin.span())).isTrue();
    }

    static String textOf(String resource) throws Exception {
        try (InputStream in = PlanReaderTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text a span covers (columns are 1-based, the end exclusive). */
    static String slice(String text, Span span) {
        String[] lines = text.split("\n", -1);
        if (span.line() == span.endLine()) {
            return lines[span.line() - 1].substring(span.column() - 1, span.endColumn() - 1);
        }
        StringBuilder out = new StringBuilder(lines[span.line() - 1].substring(span.column() - 1));
        for (int line = span.line() + 1; line < span.endLine(); line++) out.append('\n').append(lines[line - 1]);
        return out.append('\n').append(lines[span.endLine() - 1], 0, span.endColumn() - 1).toString();
    }
}
