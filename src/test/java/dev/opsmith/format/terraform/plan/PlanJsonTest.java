package dev.opsmith.format.terraform.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PlanJsonTest {

    private static boolean looksLikePlan(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PlanJson.looksLikePlan(bytes, bytes.length);
    }

    @Test
    void recognisesPlansTerraformWroteFromTheirFirstBytes() throws Exception {
        byte[] plan = PlanReaderTest.textOf(TerraformDataPlan.DIRECTORY + "plan.json")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PlanJson.looksLikePlan(plan, 120)).isTrue();
        assertThat(PlanJson.looksLikePlan(Arrays.copyOf(plan, PlanJson.HEAD_BYTES), plan.length)).isTrue();
        assertThat(looksLikePlan(PlanReaderTest.textOf("/dev/opsmith/format/terraform/plan/aws/plan.json")))
                .isTrue();
    }

    @Test
    void recognisesAPlanWhoseKeysWereSorted() {
        assertThat(looksLikePlan("{\"applyable\": true, \"configuration\": {}, \"format_version\": \"1.2\", "
                + "\"planned_values\": {}, \"resource_changes\": [], \"terraform_version\": \"1.11.4\"}")).isTrue();
    }

    @Test
    void recognisesUtf16() {
        byte[] body = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"variables\":{}}"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] head = new byte[body.length + 2];
        head[0] = (byte) 0xFF;
        head[1] = (byte) 0xFE;
        System.arraycopy(body, 0, head, 2, body.length);
        assertThat(PlanJson.looksLikePlan(head, head.length)).isTrue();
    }

    @Test
    void doesNotTakeStateOrOtherJsonForAPlan() {
        assertThat(looksLikePlan("{\"format_version\":\"1.0\",\"terraform_version\":\"1.11.4\",\"values\":"
                + "{\"root_module\":{\"resources\":[{\"values\":{\"environment\":[{\"variables\":{}}]}}]}}"))
                .isFalse();
        assertThat(looksLikePlan("{\"variable\": {\"region\": {\"default\": \"eu-west-1\"}}}")).isFalse();
        assertThat(looksLikePlan("{\"planned_values\": {}, \"resource_changes\": []}")).isFalse();
        assertThat(looksLikePlan("[\"format_version\", \"terraform_version\", \"planned_values\"]")).isFalse();
        assertThat(looksLikePlan("")).isFalse();
    }
}
