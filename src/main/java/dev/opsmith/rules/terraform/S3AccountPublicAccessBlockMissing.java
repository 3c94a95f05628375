package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An account baseline that does not turn on S3 Block Public Access for the whole account. */
public final class S3AccountPublicAccessBlockMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS011",
                    "Account baseline without an account-level public access block")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module recognised as an account baseline (it declares a CloudTrail trail, a "
                    + "GuardDuty detector, a Config recorder, Security Hub or the organization) that declares no "
                    + "`aws_s3_account_public_access_block`. Reported once, at the first line of the file that "
                    + "declares the first baseline resource. Opt-in: the block often lives in another repository.")
            .rationale("The account-level block is the one setting that also protects buckets created later, by "
                    + "hand or by other tools; the baseline is where it belongs.")
            .remediation("Add an `aws_s3_account_public_access_block` with the four settings true to the "
                    + "baseline.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html")
            .compliance("NIST-800-53:AC-3").compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BaselineServiceMissing.check(module, reporter, List.of(S3PublicAccessFlags.ACCOUNT_BLOCK),
                "the account baseline has no aws_s3_account_public_access_block; add one with the four settings "
                        + "true");
    }
}
