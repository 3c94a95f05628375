package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.List;
import java.util.Optional;

/** A bucket whose default encryption is SSE-S3 (or unset) rather than a KMS key. */
public final class S3BucketNotEncryptedWithKms extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS002", "Bucket default encryption is not SSE-KMS")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("The default encryption of an `aws_s3_bucket` (inline "
                    + "`server_side_encryption_configuration` on provider v3, or the "
                    + "`aws_s3_bucket_server_side_encryption_configuration` resource on v4 and later) sets "
                    + "`sse_algorithm = \"AES256\"`, or the bucket has no encryption configuration at all (then "
                    + "AWS001 reports too). `aws:kms` and `aws:kms:dsse` are accepted. An encryption resource for a "
                    + "bucket outside the scan is judged on its own value. Unknown values are not reported; "
                    + "--show-unknown names them.")
            .rationale("With SSE-S3 anyone allowed to read an object gets it decrypted; with SSE-KMS reading also "
                    + "needs permission on the key, every use is logged in CloudTrail, and disabling the key cuts "
                    + "access at once, which is what key-management controls for cardholder data expect.")
            .remediation("Set `sse_algorithm = \"aws:kms\"` in `apply_server_side_encryption_by_default`, with "
                    + "`kms_master_key_id` naming a customer-managed key and `bucket_key_enabled = true`.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("PCI-DSS-4.0:3.6.1").compliance("NIST-800-53:SC-12")
            .compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_145")
            .build();

    private static final String DEFAULT_BLOCK = "apply_server_side_encryption_by_default";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            State state = S3Checks.requirePresent(reporter, bucket, Concern.ENCRYPTION, bucket.name()
                            + " has no default encryption configuration, so it is not encrypted with a KMS key; "
                            + "add one with sse_algorithm = \"aws:kms\"",
                    "whether " + bucket.name() + " is encrypted with KMS");
            if (state != State.PRESENT) continue;
            List<EvaluatedBlock> inline = S3Checks.inlineToJudge(reporter, bucket.facet(Concern.ENCRYPTION));
            judge(reporter, bucket.name(), S3Checks.nested(inline, "rule", DEFAULT_BLOCK));
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.ENCRYPTION)) {
            judge(reporter, split.block().address(), S3Checks.nested(split, "rule", DEFAULT_BLOCK));
        }
    }

    private static void judge(Reporter reporter, String name, List<EvaluatedBlock> defaults) {
        for (EvaluatedBlock block : defaults) {
            if (!reporter.inThisFile(block.source().file())) continue;
            Optional<EvaluatedAttribute> algorithm = block.attribute("sse_algorithm");
            if (algorithm.isEmpty()) continue;
            Value v = algorithm.get().value();
            Span at = S3Checks.span(algorithm.get());
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " is encrypted with KMS", v.unknownReasons());
            } else if (v.string().map("AES256"::equals).orElse(false)) {
                reporter.report(at, name + " encrypts with SSE-S3 (AES256), not a KMS key; set sse_algorithm = "
                        + "\"aws:kms\" with a customer-managed key");
            }
        }
    }
}
