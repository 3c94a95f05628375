package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** A DynamoDB table encrypted with KMS, but with the AWS-managed {@code aws/dynamodb} key. */
public final class DynamoDbNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS192", "Table not encrypted with a customer-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_dynamodb_table` whose `server_side_encryption` block sets `enabled = true` with "
                    + "`kms_key_arn` absent (DynamoDB then uses the AWS-managed `aws/dynamodb` key) or naming an "
                    + "`alias/aws/...` key. Tables on the AWS-owned key (no block, or `enabled = false`) are "
                    + "AWS191's finding. Unknown values are left undecided. Opt-in: the AWS-managed key is already "
                    + "KMS encryption with an audit trail; the customer key adds control of the key policy.")
            .rationale("Only a customer-managed key lets the organisation restrict who may decrypt the table, "
                    + "revoke access in an incident, and share encrypted backups across accounts.")
            .remediation("Set `kms_key_arn = aws_kms_key.dynamodb.arn` in `server_side_encryption`.")
            .reference("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html")
            .compliance("NIST-800-53:SC-12")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("trivy", "AVD-AWS-0025")
            .equivalent("tfsec", "aws-dynamodb-table-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance table : reporter.resources(module, "aws_dynamodb_table")) {
            String name = table.block().address();
            for (EvaluatedBlock sse : table.blocks("server_side_encryption")) {
                if (!reporter.inThisFile(sse.source().file())) continue;
                var where = sse.source().node().typeSpan();
                if (sse.undecided().isPresent()) {
                    reporter.undecided(where, "which key encrypts " + name, sse.undecided().get().unknownReasons());
                    continue;
                }
                Value enabled = sse.attribute("enabled").map(a -> a.value()).orElse(Value.absent("enabled"));
                if (!enabled.isKnown() && !enabled.isAbsent()) {
                    reporter.undecided(where, "which key encrypts " + name, enabled.unknownReasons());
                    continue;
                }
                if (!enabled.isTrue()) continue;
                var keyAttribute = sse.attribute("kms_key_arn");
                Value key = keyAttribute.map(a -> a.value()).orElse(Value.absent("kms_key_arn"));
                switch (KmsKeyRefs.kind(key)) {
                    case ABSENT -> reporter.report(where, name + " encrypts with the AWS-managed aws/dynamodb key; "
                            + "set kms_key_arn to a customer-managed key");
                    case AWS_MANAGED -> reporter.report(keyAttribute.get().source().node().span(), name
                            + " encrypts with an AWS-managed key; set kms_key_arn to a customer-managed key");
                    case UNKNOWN -> reporter.undecided(keyAttribute.get().source().node().span(),
                            "which key encrypts " + name, key.unknownReasons());
                    case CUSTOMER_MANAGED -> {
                    }
                }
            }
        }
    }
}
