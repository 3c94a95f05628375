package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A DAX cluster whose cached items, logs and node storage are not encrypted at rest. */
public final class DaxClusterNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS193", "DAX cluster not encrypted at rest")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_dax_cluster` without a `server_side_encryption` block, or with one whose "
                    + "`enabled` is false (the default). An unknown value is left undecided.")
            .rationale("DAX caches copies of DynamoDB items on its nodes. Encrypting the table but not its cache "
                    + "leaves the same data unencrypted at rest, and encryption can only be chosen when the "
                    + "cluster is created (PCI DSS 3.5.1).")
            .remediation("Add `server_side_encryption { enabled = true }`; this replaces an existing cluster.")
            .reference("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html")
            .compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.5.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_47")
            .equivalent("trivy", "AVD-AWS-0023").equivalent("tfsec", "aws-dynamodb-enable-at-rest-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_dax_cluster")) {
            String name = cluster.block().address();
            ExpectedFlag.checkInBlock(reporter, cluster, "server_side_encryption", "enabled", false,
                    name + " has no server_side_encryption block, so its cache is not encrypted at rest; add "
                            + "server_side_encryption { enabled = true }",
                    name + " has a server_side_encryption block without enabled (default false); set enabled = true",
                    name + " sets server_side_encryption.enabled = false: its cache is not encrypted at rest; "
                            + "set it to true",
                    "whether " + name + " is encrypted at rest");
        }
    }
}
