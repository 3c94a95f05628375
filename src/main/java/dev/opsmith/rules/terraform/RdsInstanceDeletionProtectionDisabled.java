package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A database instance that one mistaken apply or API call can delete. */
public final class RdsInstanceDeletionProtectionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS174", "Database instance can be deleted without a guard")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` with `deletion_protection` absent (the provider's default is false) "
                    + "or false. Aurora cluster members (`aws_rds_cluster_instance`) are guarded by their cluster "
                    + "(AWS175). An unknown value is left undecided.")
            .rationale("Deletion protection makes RDS refuse a delete until the flag is turned off in a separate "
                    + "change, so a renamed resource, a wrong workspace or a `terraform destroy` cannot drop a "
                    + "production database in one step.")
            .remediation("Set `deletion_protection = true` on production instances.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection")
            .compliance("NIST-800-53:CP-9").compliance("NIST-800-53:CM-3").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_293")
            .equivalent("trivy", "AVD-AWS-0177")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance db : reporter.resources(module, "aws_db_instance")) {
            String name = db.block().address();
            ExpectedFlag.check(reporter, db.block().header(), db.attribute("deletion_protection"), true, false,
                    name + " does not set deletion_protection, so it can be deleted in one step; "
                            + "set deletion_protection = true",
                    name + " sets deletion_protection = false: it can be deleted in one step; set it to true",
                    "whether " + name + " has deletion protection");
        }
    }
}
