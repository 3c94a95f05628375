package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A DynamoDB table encrypted with a key AWS owns, which the account can neither govern nor audit. */
public final class DynamoDbAwsOwnedKey extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS191", "Table encrypted with an AWS-owned key")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_dynamodb_table` without a `server_side_encryption` block, or with one whose "
                    + "`enabled` is false: DynamoDB then encrypts with an AWS-owned key. `enabled = true` (the "
                    + "AWS-managed key `aws/dynamodb`, or a customer key in `kms_key_arn`) passes. An unknown value "
                    + "is left undecided.")
            .rationale("Data is encrypted either way, but an AWS-owned key lives outside the account: it has no key "
                    + "policy to restrict who may decrypt and its use leaves no CloudTrail record, so key access "
                    + "cannot be reviewed (PCI DSS 3.6.1).")
            .remediation("Add `server_side_encryption { enabled = true }`, ideally with `kms_key_arn` naming a "
                    + "customer-managed key.")
            .reference("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html")
            .compliance("NIST-800-53:SC-12").compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.6.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance table : reporter.resources(module, "aws_dynamodb_table")) {
            String name = table.block().address();
            ExpectedFlag.checkInBlock(reporter, table, "server_side_encryption", "enabled", false,
                    name + " has no server_side_encryption block, so it uses an AWS-owned key without key policy "
                            + "or audit trail; add server_side_encryption { enabled = true }",
                    name + " has a server_side_encryption block without enabled (default false, an AWS-owned key); "
                            + "set enabled = true",
                    name + " sets server_side_encryption.enabled = false, so it uses an AWS-owned key; set it to "
                            + "true",
                    "which key encrypts " + name);
        }
    }
}
