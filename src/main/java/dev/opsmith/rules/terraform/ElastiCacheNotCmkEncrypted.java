package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** An encrypted cache whose key is the AWS-managed {@code aws/elasticache} key rather than one the team controls. */
public final class ElastiCacheNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS284", "Cache encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_elasticache_replication_group` with `at_rest_encryption_enabled = true`, or an "
                    + "`aws_elasticache_serverless_cache` (always encrypted), whose `kms_key_id` is absent or names "
                    + "an AWS-managed `alias/aws/...` key. Groups not encrypted at all are AWS280's concern. When "
                    + "the key is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("With the AWS-managed key, the key policy cannot be tightened, the key cannot be disabled "
                    + "in an incident, and its use cannot be separated from the use of the service. A customer-"
                    + "managed key puts decryption under the team's own policy and audit trail (PCI DSS 3.6.1).")
            .remediation("Set `kms_key_id = aws_kms_key.cache.arn`. The key is fixed at creation: create a new "
                    + "cache and move the data with a snapshot.")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.6.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_elasticache_replication_group")) {
            if (group.value("at_rest_encryption_enabled").isTrue()) judge(group, reporter);
        }
        for (ResourceInstance cache : reporter.resources(module, "aws_elasticache_serverless_cache")) {
            judge(cache, reporter);
        }
    }

    private static void judge(ResourceInstance cache, Reporter reporter) {
        String name = cache.block().address();
        Value key = cache.value("kms_key_id");
        switch (KmsKeyRefs.kind(key)) {
            case ABSENT -> reporter.report(cache.block().header(), name + " is encrypted with the AWS-managed "
                    + "key; set kms_key_id to a customer-managed key");
            case AWS_MANAGED -> reporter.report(cache.block().header(), name + " names an AWS-managed key; set "
                    + "kms_key_id to a customer-managed key");
            case UNKNOWN -> reporter.undecided(cache.block().header(), "whether " + name
                    + " uses a customer-managed key", key.unknownReasons());
            case CUSTOMER_MANAGED -> { }
        }
    }
}
