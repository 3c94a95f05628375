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

import java.util.Optional;

/** A versioned bucket whose versions can be deleted, and versioning suspended, without a second factor. */
public final class S3BucketMfaDeleteDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS017", "Versioned bucket without MFA delete")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("A bucket whose versioning is enabled but whose `mfa_delete` is not on: inline "
                    + "`versioning { enabled = true }` without `mfa_delete = true` (provider v3), or an "
                    + "`aws_s3_bucket_versioning` with `status = \"Enabled\"` and `mfa_delete` absent or "
                    + "`Disabled` (v4+). Buckets without versioning are AWS016's concern. Unknown values are not "
                    + "reported; --show-unknown names them. Opt-in: MFA delete can only be turned on with the "
                    + "root user's credentials and an MFA device, which many pipelines cannot do.")
            .rationale("Without MFA delete, anyone who obtains credentials allowed to delete object versions can "
                    + "erase the history versioning keeps, and suspend versioning itself, with one API call.")
            .remediation("Enable MFA delete with the root user (`aws s3api put-bucket-versioning` with `--mfa`) "
                    + "and record it in the configuration: `mfa_delete = \"Enabled\"` (v4+) or "
                    + "`mfa_delete = true` (v3). Object lock is an alternative that pipelines can manage.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html")
            .compliance("NIST-800-53:CP-9").compliance("CIS-AWS-3.0:2.1.2").compliance("SOC2:A1.2")
            .compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("trivy", "AVD-AWS-0170").equivalent("tfsec", "aws-s3-require-mfa-delete")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            for (EvaluatedBlock block : S3Checks.inlineToJudge(reporter, bucket.facet(Concern.VERSIONING))) {
                if (block.undecided().isPresent() || !block.attribute("enabled").map(a -> a.value().isTrue())
                        .orElse(false)) {
                    continue;
                }
                judge(reporter, bucket.name(), S3Checks.span(block), block.attribute("mfa_delete"), true);
            }
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.VERSIONING)) {
            for (EvaluatedBlock config : split.blocks("versioning_configuration")) {
                Value status = config.attribute("status").map(EvaluatedAttribute::value).orElse(Value.nullValue());
                if (!status.string().map("Enabled"::equals).orElse(false)) continue;
                judge(reporter, split.block().address(), S3Checks.span(config), config.attribute("mfa_delete"),
                        false);
            }
        }
    }

    private static void judge(Reporter reporter, String name, Span block, Optional<EvaluatedAttribute> mfaDelete,
                              boolean inline) {
        String wanted = inline ? "mfa_delete = true" : "mfa_delete = \"Enabled\"";
        if (mfaDelete.isEmpty() || mfaDelete.get().value().isNull()) {
            reporter.report(block, name + " enables versioning without MFA delete; enable it with the root user "
                    + "and set " + wanted);
            return;
        }
        if (!reporter.inThisFile(mfaDelete.get())) return;
        Value v = mfaDelete.get().value();
        Span at = S3Checks.span(mfaDelete.get());
        if (!v.isKnown()) {
            reporter.undecided(at, "whether " + name + " requires MFA delete", v.unknownReasons());
        } else if (!(v.isTrue() || v.string().map("Enabled"::equals).orElse(false))) {
            reporter.report(at, name + " turns MFA delete off; enable it with the root user and set " + wanted);
        }
    }
}
