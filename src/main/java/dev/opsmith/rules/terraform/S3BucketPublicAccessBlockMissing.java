package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.ArrayList;
import java.util.List;

/** A bucket with no public access block of its own and no complete account-level block in the same root. */
public final class S3BucketPublicAccessBlockMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS005", "Bucket has no public access block")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` that no `aws_s3_bucket_public_access_block` names, in a module "
                    + "without an `aws_s3_account_public_access_block` whose four settings are all true. The "
                    + "values of a bucket-level block are judged by AWS006 to AWS009, those of the account "
                    + "block by AWS010. When a public access block names a bucket through an unknown value, or "
                    + "the account block's settings are unknown, nothing is reported; --show-unknown names the "
                    + "unknown inputs.")
            .rationale("Without a public access block, one public ACL or one policy with a wildcard principal "
                    + "is enough to publish the bucket; the block is the guard rail that makes such mistakes "
                    + "fail at the API.")
            .remediation("Add an `aws_s3_bucket_public_access_block` for the bucket with `block_public_acls`, "
                    + "`block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all true, or "
                    + "manage a complete account-level block.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:SC-7").compliance("PCI-DSS-4.0:1.4.1")
            .compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV2_AWS_6").equivalent("trivy", "AVD-AWS-0094")
            .equivalent("tfsec", "aws-s3-specify-public-access-block")
            .build();

    static final List<String> SETTINGS =
            List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        AccountBlock account = accountBlock(module);
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            Facet facet = bucket.facet(Concern.PUBLIC_ACCESS_BLOCK);
            State state = facet.state();
            if (state == State.PRESENT || account.complete()) continue;
            List<String> unknown = new ArrayList<>(state == State.UNKNOWN ? facet.reasons() : List.of());
            unknown.addAll(account.unknownReasons());
            String question = "whether " + bucket.name() + " is covered by a public access block";
            if (!unknown.isEmpty()) {
                reporter.undecided(bucket.bucket().block().header(), question, unknown);
            } else {
                reporter.report(bucket.bucket().block().header(), bucket.name() + " has no public access block "
                        + "and the account-level block is missing or incomplete; add an "
                        + "aws_s3_bucket_public_access_block with all four settings true");
            }
        }
    }

    /** Whether some account-level block of the module sets all four settings, and what kept that unknown. */
    private record AccountBlock(boolean complete, List<String> unknownReasons) {
    }

    private static AccountBlock accountBlock(EvaluatedModule module) {
        List<String> unknown = new ArrayList<>();
        for (ResourceInstance block : module.resources(S3PublicAccessFlags.ACCOUNT_BLOCK)) {
            boolean complete = true;
            boolean off = false;
            List<String> reasons = new ArrayList<>();
            for (String setting : SETTINGS) {
                Value v = block.value(setting);
                if (v.isTrue()) continue;
                complete = false;
                if (v.isKnown() || v.isAbsent()) {
                    off = true;
                } else {
                    reasons.addAll(v.unknownReasons());
                }
            }
            if (complete) return new AccountBlock(true, List.of());
            if (!off) unknown.addAll(reasons);
        }
        return new AccountBlock(false, List.copyOf(unknown));
    }
}
