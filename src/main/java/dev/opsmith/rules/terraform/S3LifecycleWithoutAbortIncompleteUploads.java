package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;

import java.util.ArrayList;
import java.util.List;

/** A lifecycle configuration that never cleans up multipart uploads that were started and never completed. */
public final class S3LifecycleWithoutAbortIncompleteUploads extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS022", "Lifecycle never aborts incomplete multipart uploads")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("Lifecycle rules of a bucket, inline `lifecycle_rule` blocks (provider v3) or an "
                    + "`aws_s3_bucket_lifecycle_configuration` (v4+), none of which is enabled with "
                    + "`abort_incomplete_multipart_upload_days` (v3) or an `abort_incomplete_multipart_upload` "
                    + "block (v4+). Buckets without any lifecycle rule are AWS021's concern. A rule whose status "
                    + "is unknown leaves the decision open; --show-unknown names it.")
            .rationale("The parts of an upload that was never completed are invisible in listings but stored and "
                    + "billed until they are aborted; on busy ingestion buckets they pile up unnoticed.")
            .remediation("Add to an enabled rule `abort_incomplete_multipart_upload { days_after_initiation = 7 }` "
                    + "(or `abort_incomplete_multipart_upload_days = 7` on provider v3).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html")
            .equivalent("checkov", "CKV_AWS_300")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            Facet facet = bucket.facet(Concern.LIFECYCLE);
            if (facet.bySplitResource() || facet.inlineBlocks().isEmpty()) continue;
            if (!reporter.inThisFile(facet.inlineBlocks().get(0).source().file())) continue;
            judge(reporter, bucket.name(), S3Checks.span(facet.inlineBlocks().get(0)), S3LifecycleRules.of(facet));
        }
        for (ResourceInstance config : S3Checks.splitInThisFile(module, reporter, Concern.LIFECYCLE)) {
            judge(reporter, config.block().address(), config.block().header(), S3LifecycleRules.of(config));
        }
    }

    private static void judge(Reporter reporter, String name, Span at, List<S3LifecycleRules.Entry> rules) {
        List<String> unknown = new ArrayList<>();
        for (S3LifecycleRules.Entry rule : rules) {
            if (!rule.abortsIncompleteUploads()) continue;
            if (rule.enabled().isEmpty()) unknown.addAll(rule.unknownReasons());
            else if (rule.enabled().get()) return;
        }
        String question = "whether " + name + " aborts incomplete multipart uploads";
        if (!unknown.isEmpty()) {
            reporter.undecided(at, question, unknown);
        } else {
            reporter.report(at, name + " has no enabled lifecycle rule that aborts incomplete multipart uploads; "
                    + "add abort_incomplete_multipart_upload with days_after_initiation to a rule");
        }
    }
}
