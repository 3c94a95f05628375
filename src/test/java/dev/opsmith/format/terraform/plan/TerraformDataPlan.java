package dev.opsmith.format.terraform.plan;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plan of {@code terraform-data/main.tf} must read as. Shared by the test over the committed plan and the
 * test that plans the same configuration with the terraform binary, so both check the same facts.
 */
final class TerraformDataPlan {
    static final String DIRECTORY = "/dev/opsmith/format/terraform/plan/terraform-data/";

    private TerraformDataPlan() {
    }

    static void assertFreshPlan(Plan plan) {
        assertThat(plan.formatVersion()).startsWith("1.");
        assertThat(plan.terraformVersion()).startsWith("1.");
        assertThat(plan.errored()).isFalse();
        assertThat(plan.resourceChanges()).extracting(change -> change.address().toString()).containsExactly(
                "terraform_data.a", "terraform_data.b", "terraform_data.bucket[\"audit\"]",
                "terraform_data.bucket[\"logs\"]", "terraform_data.region[0]", "terraform_data.region[1]",
                "module.tag.terraform_data.tag");
        assertThat(plan.resourceChanges()).allSatisfy(change -> {
            assertThat(change.actions()).containsExactly("create");
            assertThat(change.providerName()).isEqualTo("terraform.io/builtin/terraform");
            assertThat(change.mode()).isEqualTo(ResourceAddress.Mode.MANAGED);
        });
        assertKnownValuesOfEveryType(plan.change("terraform_data.a").orElseThrow());
        assertUnknownAndSensitive(plan.change("terraform_data.b").orElseThrow());
        assertInstances(plan);
        assertModule(plan);
        assertConfiguration(plan);
    }

    private static void assertKnownValuesOfEveryType(ResourceChange a) {
        Value input = a.after().get("input");
        assertThat(input.get("name").string()).contains("payments");
        assertThat(input.get("replicas").number()).contains(BigDecimal.valueOf(3));
        assertThat(input.get("ratio").number()).contains(new BigDecimal("0.25"));
        assertThat(input.get("enabled").isTrue()).isTrue();
        assertThat(input.get("nothing").isNull()).isTrue();
        assertThat(input.get("not_written").isAbsent()).isTrue();
        assertThat(input.get("tags").items()).containsExactly(Value.of("pci"), Value.of("prod"));
        assertThat(input.path("labels", "team").string()).contains("payments");
        assertThat(input.isWhollyKnown()).isTrue();
        assertThat(a.after().get("triggers_replace").isNull()).isTrue();
        assertThat(a.after().get("id").unknownReasons())
                .containsExactly("terraform_data.a.id is known only after apply");
        assertThat(a.after().get("output").isUnknown()).isTrue();
        assertThat(a.after().sensitiveStrings()).isEmpty();
    }

    private static void assertUnknownAndSensitive(ResourceChange b) {
        Value input = b.after().get("input");
        assertThat(input.get("fixed").string()).contains("known");
        assertThat(input.get("upstream_id").unknownReasons())
                .containsExactly("terraform_data.b.input.upstream_id is known only after apply");
        assertThat(input.path("ids", 0).unknownReasons())
                .containsExactly("terraform_data.b.input.ids[0] is known only after apply");
        assertThat(input.path("ids", 1).string()).contains("static");
        assertThat(input.get("password").isSensitive()).isTrue();
        assertThat(input.get("password").string()).contains("s3cr3t-Pa55");
        assertThat(input.get("fixed").isSensitive()).isFalse();
        assertThat(b.after().sensitiveStrings()).containsExactly("s3cr3t-Pa55");
        assertThat(b.after().toString()).doesNotContain("s3cr3t-Pa55");
    }

    private static void assertInstances(Plan plan) {
        ResourceChange audit = plan.change("terraform_data.bucket[\"audit\"]").orElseThrow();
        assertThat(audit.key()).contains(new InstanceKey.Name("audit"));
        assertThat(audit.after().path("input", "retention_days").number()).contains(BigDecimal.valueOf(2555));
        ResourceChange second = plan.change("terraform_data.region[1]").orElseThrow();
        assertThat(second.key()).contains(new InstanceKey.Index(1));
        assertThat(second.after().get("input").string()).contains("eu-central-1");
        assertThat(plan.changes("terraform_data")).hasSize(7);
    }

    private static void assertModule(Plan plan) {
        ResourceChange tag = plan.change("module.tag.terraform_data.tag").orElseThrow();
        assertThat(tag.moduleAddress()).isEqualTo("module.tag");
        assertThat(tag.address().modulePath()).containsExactly(new ModuleStep("tag", Optional.empty()));
        assertThat(tag.after().path("input", "secret").isSensitive()).isTrue();
        assertThat(tag.after().path("input", "parent").isUnknown()).isTrue();
        assertThat(tag.after().path("input", "name").string()).contains("payments");
    }

    private static void assertConfiguration(Plan plan) {
        assertThat(plan.configResources()).extracting(resource -> resource.address().toString()).containsExactly(
                "terraform_data.a", "terraform_data.b", "terraform_data.bucket", "terraform_data.region",
                "module.tag.terraform_data.tag");
        ConfigResource b = plan.configuration(ResourceAddress.parse("terraform_data.b")).orElseThrow();
        assertThat(b.references("input"))
                .containsExactly("terraform_data.a.id", "terraform_data.a", "var.db_password");
        ConfigResource a = plan.configuration(ResourceAddress.parse("terraform_data.a")).orElseThrow();
        assertThat(a.references()).isEmpty();
        ConfigResource bucket = plan.configuration(ResourceAddress.parse("terraform_data.bucket[\"logs\"]"))
                .orElseThrow();
        assertThat(bucket.references("for_each")).containsExactly("local.buckets");
        assertThat(bucket.references("input")).containsExactly("each.value", "each.key");
        ConfigResource region = plan.configuration(ResourceAddress.parse("terraform_data.region[0]")).orElseThrow();
        assertThat(region.references("count")).containsExactly("var.regions");
        ConfigResource tag = plan.configuration(ResourceAddress.parse("module.tag.terraform_data.tag"))
                .orElseThrow();
        assertThat(tag.references("input")).containsExactly("var.name", "var.secret", "var.parent");

        assertThat(plan.moduleCalls()).singleElement().satisfies(call -> {
            assertThat(call.address()).isEqualTo("module.tag");
            assertThat(call.source()).isEqualTo("./modules/tag");
            assertThat(call.version()).isEmpty();
            assertThat(call.references()).containsOnlyKeys("parent", "secret");
            assertThat(call.references().get("parent")).containsExactly("terraform_data.a.id", "terraform_data.a");
        });
    }

    /** The plan of {@code changed/main.tf} over the applied state of {@code main.tf}. */
    static void assertChangedPlan(Plan plan) {
        ResourceChange a = plan.change("terraform_data.a").orElseThrow();
        assertThat(a.actions()).containsExactly("delete", "create");
        assertThat(a.isReplacement()).isTrue();
        assertThat(a.isDeletion()).isFalse();
        assertThat(a.after().path("triggers_replace", 0).string()).contains("rotate-2026-11");

        ResourceChange removed = plan.change("terraform_data.region[1]").orElseThrow();
        assertThat(removed.isDeletion()).isTrue();
        assertThat(removed.after().isAbsent()).isTrue();
        assertThat(removed.after().toString()).contains("terraform_data.region[1] is deleted by this plan");

        ResourceChange unchanged = plan.change("terraform_data.bucket[\"logs\"]").orElseThrow();
        assertThat(unchanged.actions()).containsExactly("no-op");
        assertThat(unchanged.after().path("input", "versioning").isTrue()).isTrue();

        ResourceChange audit = plan.change("terraform_data.bucket[\"audit\"]").orElseThrow();
        assertThat(audit.actions()).containsExactly("update");
        assertThat(audit.after().path("input", "versioning").isFalse()).isTrue();
        assertThat(audit.after().get("id").isKnown()).isTrue();
        assertThat(audit.after().get("output").isUnknown()).isTrue();

        assertThat(plan.change("terraform_data.b").orElseThrow().after().path("input", "password").isSensitive())
                .isTrue();
        assertThat(plan.resourceChanges()).extracting(ResourceChange::actions).containsOnly(
                List.of("delete", "create"), List.of("update"), List.of("no-op"), List.of("delete"));
    }
}
