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
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

import java.util.List;

/** SSE-KMS without S3 Bucket Keys: every object operation calls KMS. */
public final class S3BucketKeyDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS004", "SSE-KMS bucket without S3 Bucket Keys")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("A default-encryption `rule` (inline `server_side_encryption_configuration` on provider "
                    + "v3, `aws_s3_bucket_server_side_encryption_configuration` on v4+) whose `sse_algorithm` is "
                    + "`aws:kms` without `bucket_key_enabled = true`. DSSE-KMS (`aws:kms:dsse`) does not support "
                    + "bucket keys and is left out. Unknown values are not reported; --show-unknown names them.")
            .rationale("Without a bucket key, S3 asks KMS for a data key on every write and every read; busy "
                    + "buckets then pay per request and can hit the KMS request quota, which throttles "
                    + "unrelated workloads of the account.")
            .remediation("Set `bucket_key_enabled = true` in the rule.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            List<EvaluatedBlock> inline = S3Checks.inlineToJudge(reporter, bucket.facet(Concern.ENCRYPTION));
            judge(reporter, bucket.name(), S3Checks.nested(inline, "rule"));
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.ENCRYPTION)) {
            judge(reporter, split.block().address(), split.blocks("rule"));
        }
    }

    private static void judge(Reporter reporter, String name, List<EvaluatedBlock> rules) {
        for (EvaluatedBlock rule : rules) {
            if (!reporter.inThisFile(rule.source().file())) continue;
            for (EvaluatedBlock defaults : rule.blocks("apply_server_side_encryption_by_default")) {
                Value algorithm = defaults.attribute("sse_algorithm").map(EvaluatedAttribute::value)
                        .orElse(Value.nullValue());
                if (!algorithm.string().map("aws:kms"::equals).orElse(false)) continue;
                ExpectedFlag.check(reporter, S3Checks.span(rule), rule.attribute("bucket_key_enabled"), true, false,
                        name + " uses SSE-KMS without bucket_key_enabled = true, so every object request calls "
                                + "KMS; set it",
                        name + " sets bucket_key_enabled = false, so every object request calls KMS; set it to "
                                + "true",
                        "whether " + name + " uses an S3 Bucket Key");
            }
        }
    }
}
