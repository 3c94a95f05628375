package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.ArrayList;
import java.util.List;

/** A bucket whose objects are kept forever because no enabled lifecycle rule expires or moves them. */
public final class S3BucketWithoutLifecycle extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS021", "Bucket has no lifecycle rule")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` with no `lifecycle_rule` block (provider v3) and no "
                    + "`aws_s3_bucket_lifecycle_configuration` naming it (v4+), or whose rules are all disabled "
                    + "(`enabled = false`, `status = \"Disabled\"`). When a lifecycle configuration names a bucket "
                    + "through an unknown value, or a rule's status is unknown, nothing is reported; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("Without lifecycle rules every object, old version and abandoned upload is stored and "
                    + "billed forever, and data is kept past the retention period the organisation committed to.")
            .remediation("Add an `aws_s3_bucket_lifecycle_configuration` (or `lifecycle_rule` on provider v3) that "
                    + "transitions or expires objects after the retention period, expires noncurrent versions and "
                    + "aborts incomplete multipart uploads.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html")
            .equivalent("checkov", "CKV2_AWS_61")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            String question = "whether " + bucket.name() + " has an enabled lifecycle rule";
            State state = S3Checks.requirePresent(reporter, bucket, Concern.LIFECYCLE, bucket.name() + " has no "
                    + "lifecycle rule, so its objects are kept forever; add an "
                    + "aws_s3_bucket_lifecycle_configuration (or lifecycle_rule on provider v3)", question);
            if (state != State.PRESENT) continue;
            List<String> unknown = new ArrayList<>();
            boolean enabled = false;
            for (S3LifecycleRules.Entry rule : S3LifecycleRules.of(bucket.facet(Concern.LIFECYCLE))) {
                if (rule.enabled().isEmpty()) unknown.addAll(rule.unknownReasons());
                else if (rule.enabled().get()) enabled = true;
            }
            if (enabled) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(bucket.bucket().block().header(), question, unknown);
            } else {
                reporter.report(bucket.bucket().block().header(), bucket.name() + " has lifecycle rules but all "
                        + "are disabled, so its objects are kept forever; enable at least one rule");
            }
        }
    }
}
