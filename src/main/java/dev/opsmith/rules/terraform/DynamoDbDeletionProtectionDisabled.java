package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A DynamoDB table that one mistaken apply or API call can delete. */
public final class DynamoDbDeletionProtectionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS194", "Table deletion protection off")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_dynamodb_table` with `deletion_protection_enabled` absent (the provider's "
                    + "default is false) or false. An unknown value is left undecided.")
            .rationale("With deletion protection DynamoDB refuses `DeleteTable` until the flag is turned off in a "
                    + "separate change, so a destroy, a wrong workspace or a replacement forced by a renamed table "
                    + "cannot drop the data in one step.")
            .remediation("Set `deletion_protection_enabled = true` on tables that hold business data.")
            .reference("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection")
            .compliance("NIST-800-53:CP-9").compliance("NIST-800-53:CM-3").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance table : reporter.resources(module, "aws_dynamodb_table")) {
            String name = table.block().address();
            ExpectedFlag.check(reporter, table.block().header(), table.attribute("deletion_protection_enabled"),
                    true, false, name + " does not set deletion_protection_enabled, so the table can be deleted in "
                            + "one step; set deletion_protection_enabled = true",
                    name + " sets deletion_protection_enabled = false: the table can be deleted in one step; "
                            + "set it to true",
                    "whether " + name + " has deletion protection");
        }
    }
}
