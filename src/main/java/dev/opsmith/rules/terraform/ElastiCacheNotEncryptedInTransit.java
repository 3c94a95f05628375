package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.ArrayList;
import java.util.List;

/** A cache that clients and replicas reach over unencrypted connections. */
public final class ElastiCacheNotEncryptedInTransit extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS281", "Cache traffic not encrypted in transit")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_elasticache_replication_group`, or an `aws_elasticache_cluster` that does not "
                    + "join a replication group, whose `transit_encryption_enabled` is absent (the provider's "
                    + "default is false) or false. Clusters inside a replication group take the group's setting. "
                    + "When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Without TLS, every command and value between the application and the cache, and between "
                    + "primary and replicas, crosses the network in clear text, auth tokens included (PCI DSS "
                    + "4.2.1).")
            .remediation("Set `transit_encryption_enabled = true` and connect with TLS from the clients. On an "
                    + "existing group, `transit_encryption_mode = \"preferred\"` allows a migration without downtime "
                    + "before switching to `required`.")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_30").equivalent("trivy", "AVD-AWS-0051")
            .equivalent("tfsec", "aws-elasticache-enable-in-transit-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> caches = new ArrayList<>(
                reporter.resources(module, "aws_elasticache_replication_group"));
        caches.addAll(ElastiCacheEngines.standAloneClusters(reporter, module));
        for (ResourceInstance cache : caches) {
            String name = cache.block().address();
            ExpectedFlag.check(reporter, cache.block().header(), cache.attribute("transit_encryption_enabled"),
                    true, false,
                    name + " does not set transit_encryption_enabled, so its traffic is not encrypted; set "
                            + "transit_encryption_enabled = true",
                    name + " sets transit_encryption_enabled = false: its traffic is not encrypted; set it to true",
                    "whether " + name + " encrypts its traffic");
        }
    }
}
