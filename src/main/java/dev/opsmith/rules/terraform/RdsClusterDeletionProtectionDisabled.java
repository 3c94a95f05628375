package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An Aurora or Multi-AZ DB cluster that one mistaken apply or API call can delete. */
public final class RdsClusterDeletionProtectionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS175", "Cluster can be deleted without a guard")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_rds_cluster` with `deletion_protection` absent (the provider's default is false) "
                    + "or false. An unknown value is left undecided.")
            .rationale("With deletion protection RDS refuses to delete the cluster until the flag is turned off in "
                    + "a separate change; without it, a destroy or a replacement forced by a changed attribute "
                    + "removes the cluster and, unless a final snapshot is taken, its data.")
            .remediation("Set `deletion_protection = true` on production clusters.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection")
            .compliance("NIST-800-53:CP-9").compliance("NIST-800-53:CM-3").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_139")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_rds_cluster")) {
            String name = cluster.block().address();
            ExpectedFlag.check(reporter, cluster.block().header(), cluster.attribute("deletion_protection"), true,
                    false, name + " does not set deletion_protection, so the cluster can be deleted in one step; "
                            + "set deletion_protection = true",
                    name + " sets deletion_protection = false: the cluster can be deleted in one step; set it to true",
                    "whether " + name + " has deletion protection");
        }
    }
}
