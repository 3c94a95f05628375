package dev.opsmith.format.terraform.plan;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Less common shapes of plan JSON, written small and by hand. */
class PlanShapesTest {
    private static final String HEAD = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",";

    private static Plan read(String body) throws PlanParseException {
        byte[] bytes = (HEAD + body + "}").getBytes(StandardCharsets.UTF_8);
        return new PlanReader().read(new ByteArrayInputStream(bytes), "plan.json");
    }

    private static String change(String address, String actions, String after, String unknown, String sensitive) {
        return "{\"address\":\"" + address.replace("\"", "\\\"") + "\",\"provider_name\":\"registry.terraform.io/"
                + "hashicorp/aws\",\"change\":{\"actions\":" + actions + ",\"before\":null,\"after\":" + after
                + ",\"after_unknown\":" + unknown + ",\"before_sensitive\":false,\"after_sensitive\":" + sensitive
                + "}}";
    }

    @Test
    void aDataSourceReadAtApplyIsWhollyUnknown() throws Exception {
        Plan plan = read("\"resource_changes\":[" + change("data.aws_iam_policy_document.trust", "[\"read\"]",
                "null", "true", "false") + "]");
        ResourceChange read = plan.resourceChanges().get(0);
        assertThat(read.mode()).isEqualTo(ResourceAddress.Mode.DATA);
        assertThat(read.after().isUnknown()).isTrue();
        assertThat(read.after().get("json").unknownReasons())
                .containsExactly("data.aws_iam_policy_document.trust is known only after apply");
    }

    @Test
    void listItemsKnownOnlyAfterApplyAreUnknownAndAWhollySensitiveBlockMarksItsItems() throws Exception {
        Plan plan = read("\"resource_changes\":[" + change("aws_security_group.web", "[\"create\"]",
                "{\"ingress\":[{\"cidr_blocks\":[\"10.0.0.0/8\",null]}],\"tags\":{}}",
                "{\"ingress\":[{\"cidr_blocks\":[false,true]}],\"arn\":true}",
                "{\"ingress\":true}") + "]");
        Value after = plan.resourceChanges().get(0).after();
        assertThat(after.path("ingress", 0, "cidr_blocks", 0).string()).contains("10.0.0.0/8");
        assertThat(after.path("ingress", 0, "cidr_blocks", 1).unknownReasons())
                .containsExactly("aws_security_group.web.ingress[0].cidr_blocks[1] is known only after apply");
        assertThat(after.path("ingress", 0, "cidr_blocks", 0).isSensitive()).isTrue();
        assertThat(after.sensitiveStrings()).containsExactly("10.0.0.0/8");
        assertThat(after.get("tags").isSensitive()).isFalse();
        assertThat(after.entries().keySet()).containsExactly("ingress", "tags", "arn");
    }

    @Test
    void deposedObjectsAreKeptApartFromTheCurrentInstance() throws Exception {
        Plan plan = read("\"resource_changes\":["
                + change("aws_instance.app", "[\"create\"]", "{\"ami\":\"ami-2\"}", "{}", "{}") + ","
                + change("aws_instance.app", "[\"delete\"]", "null", "{}", "false").replace(
                        "\"provider_name\"", "\"deposed\":\"00000001\",\"provider_name\"") + "]");
        assertThat(plan.resourceChanges()).hasSize(2);
        assertThat(plan.resourceChanges().get(1).deposed()).contains("00000001");
        assertThat(plan.change("aws_instance.app").orElseThrow().after().get("ami").string()).contains("ami-2");
    }

    @Test
    void aForgottenResourceHasNoPlannedValues() throws Exception {
        Plan plan = read("\"resource_changes\":[" + change("aws_s3_bucket.archive", "[\"forget\"]", "null", "{}",
                "false") + "]");
        ResourceChange forgotten = plan.resourceChanges().get(0);
        assertThat(forgotten.isForgotten()).isTrue();
        assertThat(forgotten.isDeletion()).isFalse();
        assertThat(forgotten.after().isAbsent()).isTrue();
    }

    @Test
    void anErroredPlanSaysSo() throws Exception {
        Plan plan = read("\"planned_values\":{},\"errored\":true");
        assertThat(plan.errored()).isTrue();
        assertThat(plan.resourceChanges()).isEmpty();
        assertThat(plan.toString()).isEqualTo("Plan[plan.json, format 1.2, terraform 1.11.4, 0 changes]");
    }

    @Test
    void nestedModuleCallsAndSingleNestedBlocksKeepTheirPaths() throws Exception {
        Plan plan = read("\"configuration\":{\"root_module\":{\"module_calls\":{\"net\":{\"source\":\"./net\","
                + "\"count_expression\":{\"references\":[\"var.enabled\"]},"
                + "\"module\":{\"module_calls\":{\"sg\":{\"source\":\"git::https://example.com/sg.git?ref=v1\","
                + "\"for_each_expression\":{\"references\":[\"var.groups\"]},\"module\":{\"resources\":[{"
                + "\"address\":\"aws_security_group.this\",\"expressions\":{\"timeouts\":{\"create\":{"
                + "\"references\":[\"var.timeout\"]}},\"ingress\":{\"constant_value\":[]}}}]}}}}}}}}");
        assertThat(plan.moduleCalls()).extracting(ModuleCall::address)
                .containsExactly("module.net", "module.net.module.sg");
        assertThat(plan.moduleCalls().get(0).references().get("count")).containsExactly("var.enabled");
        assertThat(plan.moduleCalls().get(1).source()).isEqualTo("git::https://example.com/sg.git?ref=v1");
        ConfigResource sg = plan.configuration(
                ResourceAddress.parse("module.net[0].module.sg[\"web\"].aws_security_group.this[1]")).orElseThrow();
        assertThat(sg.references()).containsOnlyKeys("timeouts.create");
        assertThat(sg.references("timeouts.create")).containsExactly("var.timeout");
    }

    @Test
    void largePlansAreStreamedWithWhatRulesDoNotNeedSkipped() throws Exception {
        StringBuilder body = new StringBuilder("\"prior_state\":{\"values\":[");
        for (int i = 0; i < 20_000; i++) body.append(i == 0 ? "" : ",").append("{\"blob\":\"").append("x".repeat(200))
                .append("\"}");
        body.append("]},\"resource_changes\":[");
        for (int i = 0; i < 20_000; i++) {
            body.append(i == 0 ? "" : ",").append(change("aws_s3_bucket.b[" + i + "]", "[\"create\"]",
                    "{\"bucket\":\"b-" + i + "\",\"tags\":{\"n\":\"" + i + "\"}}", "{\"arn\":true}", "{}"));
        }
        body.append(']');
        Plan plan = read(body.toString());
        assertThat(plan.resourceChanges()).hasSize(20_000);
        assertThat(plan.change("aws_s3_bucket.b[19999]").orElseThrow().after().get("bucket").string())
                .contains("b-19999");
    }
}
