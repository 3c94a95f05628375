package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An account-baseline root module that sets up the account's audit services but not GuardDuty. */
public final class GuardDutyMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS316", "Account baseline without GuardDuty")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module that declares account-level baseline resources (a CloudTrail trail, a "
                    + "Config recorder, Security Hub, an AWS Organization) but neither an `aws_guardduty_detector` "
                    + "nor an `aws_guardduty_organization_configuration`. Other roots are never judged: "
                    + "application stacks do not enable account services. Opt-in because many organisations enable "
                    + "GuardDuty from a delegated administrator account instead.")
            .rationale("GuardDuty is the account's continuous threat detection; a baseline that records activity "
                    + "but never analyses it leaves compromise to be found by hand.")
            .remediation("Add `resource \"aws_guardduty_detector\" \"main\" { enable = true }` to the baseline, or "
                    + "`aws_guardduty_organization_configuration` in the delegated administrator account. If "
                    + "GuardDuty is managed elsewhere, keep this rule off.")
            .reference("https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html")
            .compliance("NIST-800-53:SI-4").compliance("PCI-DSS-4.0:11.5.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BaselineServiceMissing.check(module, reporter,
                List.of("aws_guardduty_detector", "aws_guardduty_organization_configuration"),
                "this account baseline does not enable GuardDuty; add an aws_guardduty_detector with enable = true "
                        + "or an aws_guardduty_organization_configuration");
    }
}
