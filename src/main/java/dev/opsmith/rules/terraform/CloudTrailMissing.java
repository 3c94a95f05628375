package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An account baseline that sets up other security services but no CloudTrail trail. */
public final class CloudTrailMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS219", "Account baseline without a trail")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module recognised as an account baseline (it declares GuardDuty, AWS Config, "
                    + "Security Hub or the AWS Organization) that declares no `aws_cloudtrail` and no "
                    + "`aws_cloudtrail_organization_delegated_admin_account`. Opt-in, and only in such roots: "
                    + "application stacks are not expected to create trails.")
            .rationale("Without a trail, API activity is kept only as the 90-day event history of the console, "
                    + "per region and without data events; audit evidence for PCI DSS 10.2.1 needs a trail "
                    + "delivering to a protected bucket.")
            .remediation("Add an organisation or multi-region `aws_cloudtrail` with log file validation, a KMS key "
                    + "and CloudWatch Logs delivery (see AWS210–AWS214).")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("CIS-AWS-3.0:3.1").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BaselineServiceMissing.check(module, reporter,
                List.of("aws_cloudtrail", "aws_cloudtrail_organization_delegated_admin_account"),
                "no CloudTrail trail is declared, so API activity is not recorded beyond the 90-day event history; "
                        + "add a multi-region aws_cloudtrail");
    }
}
