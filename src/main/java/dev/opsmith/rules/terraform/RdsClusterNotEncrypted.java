package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An Aurora, Multi-AZ DB or global cluster whose storage, snapshots and backups are not encrypted at rest. */
public final class RdsClusterNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS171", "Aurora or Multi-AZ cluster storage not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_rds_cluster` or `aws_rds_global_cluster` with `storage_encrypted` absent (the "
                    + "provider's default is false for provisioned clusters) or false. Serverless v1 clusters "
                    + "(`engine_mode = \"serverless\"`, always encrypted), cross-region replica clusters "
                    + "(`source_region` set) and global clusters built from an existing cluster "
                    + "(`source_db_cluster_identifier` set) take their encryption elsewhere and are skipped. An "
                    + "unknown value is left undecided.")
            .rationale("Cluster volumes hold the payment data of every member instance. Encryption cannot be "
                    + "turned on for an existing cluster: it takes a snapshot and a restore into an encrypted "
                    + "cluster, so it must be right at creation (PCI DSS 3.5.1).")
            .remediation("Set `storage_encrypted = true`, ideally with `kms_key_id` naming a customer-managed key.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("CIS-AWS-3.0:2.3.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_96").equivalent("checkov", "CKV_AWS_140")
            .equivalent("trivy", "AVD-AWS-0079").equivalent("tfsec", "aws-rds-encrypt-cluster-storage-data")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_rds_cluster")) {
            if (isSet(cluster.value("source_region"))) continue;
            String name = cluster.block().address();
            Value mode = cluster.value("engine_mode");
            if (mode.string().map("serverless"::equals).orElse(false)) continue;
            var attribute = cluster.attribute("storage_encrypted");
            boolean off = attribute.isEmpty() || attribute.get().value().isNull() || attribute.get().value().isFalse();
            if (off && !mode.isAbsent() && !mode.isKnown()) {
                reporter.undecided(cluster.block().header(), "whether " + name + " is serverless v1 (always "
                        + "encrypted)", mode.unknownReasons());
                continue;
            }
            check(reporter, cluster, name);
        }
        for (ResourceInstance global : reporter.resources(module, "aws_rds_global_cluster")) {
            if (isSet(global.value("source_db_cluster_identifier"))) continue;
            check(reporter, global, global.block().address());
        }
    }

    private static void check(Reporter reporter, ResourceInstance cluster, String name) {
        ExpectedFlag.check(reporter, cluster.block().header(), cluster.attribute("storage_encrypted"), true, false,
                name + " does not set storage_encrypted, so the cluster volume, snapshots and backups are not "
                        + "encrypted; set storage_encrypted = true",
                name + " sets storage_encrypted = false: the cluster volume, snapshots and backups are not "
                        + "encrypted; set it to true",
                "whether " + name + " is encrypted");
    }

    private static boolean isSet(Value v) {
        return !v.isAbsent() && !v.isNull();
    }
}
