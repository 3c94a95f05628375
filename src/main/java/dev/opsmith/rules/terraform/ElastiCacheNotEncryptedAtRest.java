package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A Redis or Valkey replication group whose data, backups and swap are not encrypted on disk. */
public final class ElastiCacheNotEncryptedAtRest extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS280", "Cache data not encrypted at rest")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_elasticache_replication_group` whose `at_rest_encryption_enabled` is absent "
                    + "(the provider's default is false for Redis) or false. `aws_elasticache_serverless_cache` is "
                    + "always encrypted and is not read. When the value is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("Caches in payment systems hold sessions, tokens and copies of customer records. Without "
                    + "encryption at rest, snapshots exported to S3 and the nodes' disks expose them in clear "
                    + "(PCI DSS 3.5.1).")
            .remediation("Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key). "
                    + "The setting is fixed at creation: create a new group and move the data with a snapshot.")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_29").equivalent("trivy", "AVD-AWS-0045")
            .equivalent("tfsec", "aws-elasticache-enable-at-rest-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_elasticache_replication_group")) {
            String name = group.block().address();
            ExpectedFlag.check(reporter, group.block().header(), group.attribute("at_rest_encryption_enabled"),
                    true, false,
                    name + " does not set at_rest_encryption_enabled, so its data and snapshots are not "
                            + "encrypted at rest; set at_rest_encryption_enabled = true",
                    name + " sets at_rest_encryption_enabled = false: its data and snapshots are not encrypted "
                            + "at rest; set it to true",
                    "whether " + name + " is encrypted at rest");
        }
    }
}
