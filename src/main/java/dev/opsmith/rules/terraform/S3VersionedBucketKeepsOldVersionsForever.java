package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;
import dev.opsmith.rules.terraform.support.S3Buckets.State;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A versioned bucket that stores every overwritten or deleted version forever. */
public final class S3VersionedBucketKeepsOldVersionsForever extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS023", "Versioned bucket never expires noncurrent versions")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("A bucket with versioning enabled (inline `versioning` on provider v3, "
                    + "`aws_s3_bucket_versioning` on v4+) and no enabled lifecycle rule with "
                    + "`noncurrent_version_expiration`. Audit buckets (see AWS019) are left out: their history "
                    + "is meant to be kept. Unknown values are not reported; --show-unknown names them.")
            .rationale("Every overwrite and delete keeps the previous version, stored and billed like current "
                    + "data; without expiry the bucket grows without bound and keeps personal data past its "
                    + "retention period.")
            .remediation("Add a lifecycle rule with `noncurrent_version_expiration { noncurrent_days = 90 }` (or "
                    + "your retention period).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        var roles = S3AuditBuckets.of(module, S3AuditBuckets.DEFAULT_TAG);
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            List<String> unknown = new ArrayList<>();
            Optional<Boolean> versioned = S3Checks.versioned(bucket, unknown);
            if (versioned.isPresent() && !versioned.get()) continue;
            Tri audit = roles.get(bucket.bucket().address()).answer();
            if (audit.isYes()) continue;
            unknown.addAll(audit.unknownReasons());
            Facet lifecycle = bucket.facet(Concern.LIFECYCLE);
            boolean expires = false;
            if (lifecycle.state() == State.UNKNOWN) unknown.addAll(lifecycle.reasons());
            if (lifecycle.state() == State.PRESENT) {
                for (S3LifecycleRules.Entry rule : S3LifecycleRules.of(lifecycle)) {
                    if (!rule.expiresNoncurrentVersions()) continue;
                    if (rule.enabled().isEmpty()) unknown.addAll(rule.unknownReasons());
                    else if (rule.enabled().get()) expires = true;
                }
            }
            if (expires) continue;
            var at = lifecycle.bySplitResource() && reporter.inThisFile(lifecycle.split().get(0).block().file())
                    ? lifecycle.split().get(0).block().header() : bucket.bucket().block().header();
            if (!unknown.isEmpty()) {
                reporter.undecided(at, "whether " + bucket.name() + " expires noncurrent versions", unknown);
            } else {
                reporter.report(at, bucket.name() + " is versioned but never expires noncurrent versions; add a "
                        + "lifecycle rule with noncurrent_version_expiration");
            }
        }
    }
}
