package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A DynamoDB table that cannot be restored to a moment before a bad write or a deletion. */
public final class DynamoDbPitrDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS190", "Table without point-in-time recovery")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_dynamodb_table` without a `point_in_time_recovery` block, or with one whose "
                    + "`enabled` is false. An unknown value, or a `dynamic` block with an unknown `for_each`, is "
                    + "left undecided.")
            .rationale("Point-in-time recovery keeps continuous backups for up to 35 days, so a table can be "
                    + "restored to the second before a faulty deployment, a bulk delete or a ransomware-style "
                    + "overwrite. On-demand backups alone leave everything since the last one unrecoverable.")
            .remediation("Add `point_in_time_recovery { enabled = true }` to the table.")
            .reference("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html")
            .compliance("NIST-800-53:CP-9").compliance("PCI-DSS-4.0:12.10.1").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_28")
            .equivalent("trivy", "AVD-AWS-0024").equivalent("tfsec", "aws-dynamodb-enable-recovery")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance table : reporter.resources(module, "aws_dynamodb_table")) {
            String name = table.block().address();
            ExpectedFlag.checkInBlock(reporter, table, "point_in_time_recovery", "enabled", false,
                    name + " has no point_in_time_recovery block, so it cannot be restored to an earlier moment; "
                            + "add point_in_time_recovery { enabled = true }",
                    name + " has a point_in_time_recovery block without enabled (default false); set enabled = true",
                    name + " sets point_in_time_recovery.enabled = false; set it to true",
                    "whether " + name + " has point-in-time recovery");
        }
    }
}
