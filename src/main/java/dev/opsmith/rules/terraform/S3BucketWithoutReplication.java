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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A versioned bucket whose data lives in one region only. */
public final class S3BucketWithoutReplication extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS025", "Bucket has no cross-region replication")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("A versioned `aws_s3_bucket` with no inline `replication_configuration` (provider v3) "
                    + "and no `aws_s3_bucket_replication_configuration` naming it (v4+). Unversioned buckets are "
                    + "left out: replication requires versioning, which AWS016 asks for first. When versioning or "
                    + "the replication resource's bucket is unknown, nothing is reported; --show-unknown names "
                    + "the unknown inputs. Opt-in: which data needs a second region is an architecture decision.")
            .rationale("A regional outage, an account compromise or a mistaken deletion in the only copy leaves "
                    + "nothing to recover from; a replica in another region (ideally another account) is the "
                    + "recovery point that operational-resilience rules expect for important data.")
            .remediation("Add an `aws_s3_bucket_replication_configuration` with a versioned destination bucket in "
                    + "another region, an IAM role for S3 replication, and `delete_marker_replication` chosen "
                    + "deliberately.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html")
            .compliance("NIST-800-53:CP-6").compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_144")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            Facet replication = bucket.facet(Concern.REPLICATION);
            if (replication.state() == State.PRESENT) continue;
            List<String> unknown = new ArrayList<>();
            Optional<Boolean> versioned = S3Checks.versioned(bucket, unknown);
            if (versioned.isPresent() && !versioned.get()) continue;
            if (replication.state() == State.UNKNOWN) unknown.addAll(replication.reasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(bucket.bucket().block().header(),
                        "whether " + bucket.name() + " is replicated to another region", unknown);
            } else {
                reporter.report(bucket.bucket().block().header(), bucket.name() + " is versioned but not "
                        + "replicated; add an aws_s3_bucket_replication_configuration to a bucket in another "
                        + "region");
            }
        }
    }
}
