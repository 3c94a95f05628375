package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

import java.util.List;
import java.util.Optional;

/** A bucket encrypted with SSE-KMS under the AWS-managed {@code aws/s3} key rather than a key the team controls. */
public final class S3BucketKmsKeyNotCustomerManaged extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS003", "Bucket SSE-KMS uses the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("The default encryption of a bucket (inline `server_side_encryption_configuration` on "
                    + "provider v3, `aws_s3_bucket_server_side_encryption_configuration` on v4+) uses `aws:kms` or "
                    + "`aws:kms:dsse` without `kms_master_key_id`, or with the AWS-managed `alias/aws/s3` key. A "
                    + "reference to an `aws_kms_key` or `aws_kms_alias`, a key ARN, a key id or another alias is "
                    + "accepted. Buckets encrypted with `AES256` are AWS002's concern. Unknown keys are not "
                    + "reported; --show-unknown names them.")
            .rationale("The key policy of `aws/s3` cannot be changed: access to the data cannot be separated "
                    + "from access to the bucket, the key cannot be shared with another account for "
                    + "replication, and it cannot be disabled in an incident. Key-management requirements for "
                    + "cardholder data expect keys the organisation controls.")
            .remediation("Create an `aws_kms_key` with rotation enabled and a policy naming the roles that may "
                    + "decrypt, and set `kms_master_key_id = aws_kms_key.<name>.arn`.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html")
            .compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.6.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("trivy", "AVD-AWS-0132").equivalent("tfsec", "aws-s3-encryption-customer-key")
            .build();

    private static final String DEFAULT_BLOCK = "apply_server_side_encryption_by_default";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            List<EvaluatedBlock> inline = S3Checks.inlineToJudge(reporter, bucket.facet(Concern.ENCRYPTION));
            judge(reporter, bucket.name(), S3Checks.nested(inline, "rule", DEFAULT_BLOCK));
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.ENCRYPTION)) {
            judge(reporter, split.block().address(), S3Checks.nested(split, "rule", DEFAULT_BLOCK));
        }
    }

    private static void judge(Reporter reporter, String name, List<EvaluatedBlock> defaults) {
        String question = "whether " + name + " is encrypted with a customer-managed KMS key";
        for (EvaluatedBlock block : defaults) {
            if (!reporter.inThisFile(block.source().file())) continue;
            Value algorithm = block.attribute("sse_algorithm").map(EvaluatedAttribute::value)
                    .orElse(Value.nullValue());
            if (!algorithm.isKnown() && !algorithm.isNull()) {
                reporter.undecided(S3Checks.span(block), question, algorithm.unknownReasons());
                continue;
            }
            if (!algorithm.string().map(a -> a.startsWith("aws:kms")).orElse(false)) continue;
            Optional<EvaluatedAttribute> key = block.attribute("kms_master_key_id");
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key.map(EvaluatedAttribute::value).orElse(Value.nullValue()));
            switch (kind) {
                case ABSENT -> reporter.report(S3Checks.span(block), name + " uses SSE-KMS without "
                        + "kms_master_key_id, so the AWS-managed aws/s3 key encrypts it; name a customer-managed key");
                case AWS_MANAGED -> reporter.report(S3Checks.span(key.orElseThrow()), name + " encrypts with the "
                        + "AWS-managed aws/s3 key, whose policy cannot be changed; name a customer-managed key");
                case UNKNOWN -> reporter.undecided(S3Checks.span(key.orElseThrow()), question,
                        key.orElseThrow().value().unknownReasons());
                case CUSTOMER_MANAGED -> {
                }
            }
        }
    }
}
