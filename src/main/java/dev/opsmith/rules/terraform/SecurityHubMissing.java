package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An account-baseline root module that does not enable Security Hub. */
public final class SecurityHubMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS323", "Account baseline without Security Hub")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module that declares account-level baseline resources (a CloudTrail trail, "
                    + "GuardDuty, a Config recorder, an AWS Organization) but neither an `aws_securityhub_account` "
                    + "nor an `aws_securityhub_organization_configuration`. Other roots are never judged. Opt-in "
                    + "because Security Hub is often enabled centrally by a delegated administrator.")
            .rationale("Security Hub gathers the findings of GuardDuty, Config, Inspector and Access Analyzer and "
                    + "scores the account against the CIS and AWS foundational standards: without it, findings "
                    + "stay scattered across services and regions.")
            .remediation("Add `resource \"aws_securityhub_account\" \"main\" {}` to the baseline (or the "
                    + "organization configuration in the administrator account); keep this rule off if Security "
                    + "Hub is managed elsewhere.")
            .reference("https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html")
            .compliance("NIST-800-53:CA-7").compliance("CIS-AWS-3.0:4.16")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BaselineServiceMissing.check(module, reporter,
                List.of("aws_securityhub_account", "aws_securityhub_organization_configuration"),
                "this account baseline does not enable Security Hub; add an aws_securityhub_account or an "
                        + "aws_securityhub_organization_configuration");
    }
}
