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
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.Optional;

/** A bucket that keeps only the latest version of each object, so an overwrite or delete cannot be undone. */
public final class S3BucketVersioningDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS016", "Bucket versioning is not enabled")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` without versioning: no inline `versioning` block (provider v3) and no "
                    + "`aws_s3_bucket_versioning` naming it (v4 and later), an inline block whose `enabled` is "
                    + "absent or false, or a `versioning_configuration` whose `status` is `Suspended` or "
                    + "`Disabled`. A versioning resource for a bucket outside the scan is judged on its own value. "
                    + "Unknown values are not reported; --show-unknown names them.")
            .rationale("Without versioning an overwrite, a deletion or ransomware that rewrites objects destroys "
                    + "the only copy; versioning is also what replication and object lock build on.")
            .remediation("Add `aws_s3_bucket_versioning` with `versioning_configuration { status = \"Enabled\" }` "
                    + "(or `versioning { enabled = true }` on provider v3), and a lifecycle rule that expires "
                    + "noncurrent versions after your retention period.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html")
            .compliance("NIST-800-53:CP-9").compliance("PCI-DSS-4.0:10.5.1").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_21").equivalent("trivy", "AVD-AWS-0090")
            .equivalent("tfsec", "aws-s3-enable-versioning")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            String name = bucket.name();
            State state = S3Checks.requirePresent(reporter, bucket, Concern.VERSIONING, name + " has no "
                            + "versioning; add an aws_s3_bucket_versioning with status = \"Enabled\" (or "
                            + "versioning { enabled = true } on provider v3)",
                    "whether " + name + " has versioning enabled");
            if (state != State.PRESENT) continue;
            for (EvaluatedBlock block : S3Checks.inlineToJudge(reporter, bucket.facet(Concern.VERSIONING))) {
                if (block.undecided().isPresent()) continue;
                ExpectedFlag.check(reporter, S3Checks.span(block), block.attribute("enabled"), true, false,
                        name + " has a versioning block without enabled = true, so versioning is off; set it",
                        name + " sets versioning enabled = false; set it to true",
                        "whether " + name + " has versioning enabled");
            }
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.VERSIONING)) {
            String name = split.block().address();
            for (EvaluatedBlock config : split.blocks("versioning_configuration")) {
                Optional<EvaluatedAttribute> status = config.attribute("status");
                if (status.isEmpty() || !reporter.inThisFile(status.get())) continue;
                Value v = status.get().value();
                if (!v.isKnown()) {
                    reporter.undecided(S3Checks.span(status.get()), "whether " + name + " enables versioning",
                            v.unknownReasons());
                } else if (!v.string().map("Enabled"::equals).orElse(false)) {
                    reporter.report(S3Checks.span(status.get()), name + " sets versioning status = \""
                            + v.string().orElse(String.valueOf(v)) + "\"; set it to \"Enabled\"");
                }
            }
        }
    }
}
