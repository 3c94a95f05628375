package dev.opsmith.format.terraform.plan;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan shaped like an AWS estate's (written by hand after the AWS provider's schema): what rules will consume,
 * split S3 resources whose KMS key is known only after apply, a sensitive password, a deletion, a module
 * instance.
 */
class AwsPlanTest {
    private static final String PLAN = "/dev/opsmith/format/terraform/plan/aws/plan.json";

    private static Plan plan() throws Exception {
        return PlanReaderTest.read(PLAN, "envs/prod/plan.json");
    }

    @Test
    void anEncryptionRuleCannotDecideOnAKeyKnownOnlyAfterApply() throws Exception {
        ResourceChange encryption = plan().changes("aws_s3_bucket_server_side_encryption_configuration").get(0);
        Value byDefault = encryption.after().path("rule", 0, "apply_server_side_encryption_by_default", 0);
        assertThat(byDefault.get("sse_algorithm").string()).contains("aws:kms");
        Value key = byDefault.get("kms_master_key_id");
        assertThat(key.isUnknown()).isTrue();
        assertThat(key.unknownReasons()).containsExactly("aws_s3_bucket_server_side_encryption_configuration.logs"
                + ".rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id is known only after apply");
        assertThat(encryption.after().path("rule", 0, "bucket_key_enabled").isTrue()).isTrue();
        assertThat(encryption.after().get("expected_bucket_owner").isNull()).isTrue();
    }

    @Test
    void theConfigurationLinksSplitResourcesThePlanCannotResolve() throws Exception {
        Plan plan = plan();
        ResourceChange encryption = plan.change("aws_s3_bucket_server_side_encryption_configuration.logs")
                .orElseThrow();
        assertThat(encryption.after().get("bucket").isUnknown()).isTrue();
        ConfigResource config = plan.configuration(encryption.address()).orElseThrow();
        assertThat(config.references("bucket")).containsExactly("aws_s3_bucket.logs.id", "aws_s3_bucket.logs");
        assertThat(config.references("rule.apply_server_side_encryption_by_default.kms_master_key_id"))
                .containsExactly("aws_kms_key.logs.arn", "aws_kms_key.logs");
        assertThat(config.references("rule.apply_server_side_encryption_by_default.sse_algorithm")).isEmpty();
        assertThat(config.references()).containsOnlyKeys("bucket",
                "rule.apply_server_side_encryption_by_default.kms_master_key_id");
    }

    @Test
    void aSensitivePasswordIsMarkedAndListedForRedaction() throws Exception {
        ResourceChange db = plan().change("aws_db_instance.ledger").orElseThrow();
        assertThat(db.actions()).containsExactly("update");
        assertThat(db.after().get("password").isSensitive()).isTrue();
        assertThat(db.after().sensitiveStrings()).containsExactly("Ledger-db-2026!");
        assertThat(db.after().get("backup_retention_period").number()).contains(BigDecimal.valueOf(3));
        assertThat(db.after().get("publicly_accessible").isFalse()).isTrue();
        assertThat(db.after().toString()).doesNotContain("Ledger-db");
    }

    @Test
    void aDeletedBucketKeepsItsActionsButHasNoPlannedValues() throws Exception {
        ResourceChange legacy = plan().change("aws_s3_bucket.legacy_reports").orElseThrow();
        assertThat(legacy.isDeletion()).isTrue();
        assertThat(legacy.after().isAbsent()).isTrue();
        assertThat(legacy.after().get("force_destroy").isTrue()).isFalse();
    }

    @Test
    void aModuleInstanceHasItsPathKeyAndConfiguration() throws Exception {
        Plan plan = plan();
        ResourceChange audit = plan.change("module.audit.aws_s3_bucket.this[\"eu-west-1\"]").orElseThrow();
        assertThat(audit.moduleAddress()).isEqualTo("module.audit");
        assertThat(audit.key()).contains(new InstanceKey.Name("eu-west-1"));
        assertThat(audit.after().get("object_lock_enabled").isTrue()).isTrue();
        ConfigResource config = plan.configuration(audit.address()).orElseThrow();
        assertThat(config.address().toString()).isEqualTo("module.audit.aws_s3_bucket.this");
        assertThat(config.references("for_each")).containsExactly("var.regions");
    }

    @Test
    void moduleCallsKeepTheirSourceAndVersion() throws Exception {
        assertThat(plan().moduleCalls()).extracting(ModuleCall::address, ModuleCall::source, ModuleCall::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("module.audit", "./modules/audit-bucket", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("module.vpc", "terraform-aws-modules/vpc/aws",
                                Optional.of("5.13.0")));
    }

    @Test
    void changesAndValuesKnowTheirLinesInThePlanFile() throws Exception {
        Plan plan = plan();
        ResourceChange encryption = plan.change("aws_s3_bucket_server_side_encryption_configuration.logs")
                .orElseThrow();
        assertThat(encryption.span().line()).isEqualTo(62);
        assertThat(encryption.span().column()).isEqualTo(5);
        Value algorithm = encryption.after().path("rule", 0, "apply_server_side_encryption_by_default", 0,
                "sse_algorithm");
        assertThat(algorithm.origin().orElseThrow().span().line()).isEqualTo(76);
        assertThat(PlanReaderTest.slice(PlanReaderTest.textOf(PLAN), algorithm.origin().orElseThrow().span()))
                .isEqualTo("\"aws:kms\"");
        assertThat(plan.configuration(encryption.address()).orElseThrow().span().line()).isEqualTo(184);
    }

    @Test
    void skipsWhatRulesDoNotNeed() throws Exception {
        Plan plan = plan();
        assertThat(plan.resourceChanges()).hasSize(6);
        assertThat(plan.configResources()).hasSize(5);
        assertThat(plan.terraformVersion()).isEqualTo("1.9.8");
        String everything = plan.resourceChanges().toString();
        assertThat(everything).doesNotContain("Ledger-db-2025!");
    }
}
