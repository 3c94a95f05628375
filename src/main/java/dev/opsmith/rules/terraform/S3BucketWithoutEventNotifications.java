package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

/** A bucket whose object changes no consumer or monitor hears about. */
public final class S3BucketWithoutEventNotifications extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS026", "Bucket has no event notifications")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_s3_bucket` that no `aws_s3_bucket_notification` names (the resource is the same "
                    + "in provider v3 and v4+; there is no inline form). When a notification resource names a "
                    + "bucket through an unknown value, nothing is reported for the buckets it might configure. "
                    + "Opt-in: many buckets need no notification.")
            .rationale("Notifications (to SQS, SNS, Lambda or EventBridge) are how uploads are processed without "
                    + "polling and how unexpected deletions or overwrites reach monitoring.")
            .remediation("Add an `aws_s3_bucket_notification` for the bucket, for example with "
                    + "`eventbridge = true` so that rules can route object events.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html")
            .equivalent("checkov", "CKV2_AWS_62")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            S3Checks.requirePresent(reporter, bucket, Concern.NOTIFICATIONS, bucket.name() + " has no event "
                            + "notifications; add an aws_s3_bucket_notification (for example eventbridge = true)",
                    "whether " + bucket.name() + " has event notifications");
        }
    }
}
