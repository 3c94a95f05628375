package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** Security Hub enabled without its default standards and without any explicit standards subscription. */
public final class SecurityHubWithoutStandards extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS322", "Security Hub enabled with no standard subscribed")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_securityhub_account` with `enable_default_standards = false` in a module that "
                    + "declares no `aws_securityhub_standards_subscription`. The provider's default (true) "
                    + "subscribes the AWS Foundational Security Best Practices and CIS standards. An unknown value "
                    + "is left undecided.")
            .rationale("Without a standard Security Hub runs no security controls of its own: it only collects "
                    + "other services' findings, and the account gets no compliance score against CIS or PCI DSS.")
            .remediation("Remove `enable_default_standards = false`, or subscribe the standards you report on with "
                    + "`aws_securityhub_standards_subscription` (e.g. the CIS AWS Foundations or PCI DSS standard).")
            .reference("https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards.html")
            .compliance("NIST-800-53:CA-7").compliance("PCI-DSS-4.0:11.5.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!module.module().resources("aws_securityhub_standards_subscription").isEmpty()) return;
        for (ResourceInstance account : reporter.resources(module, "aws_securityhub_account")) {
            var attribute = account.attribute("enable_default_standards");
            if (attribute.isEmpty()) continue;
            Value v = attribute.get().value();
            String name = account.block().address();
            if (!v.isKnown()) {
                reporter.undecided(attribute.get().source().node().span(),
                        "whether " + name + " subscribes any standard", v.unknownReasons());
            } else if (v.isFalse()) {
                reporter.report(account.block().header(), name + " sets enable_default_standards = false and no "
                        + "aws_securityhub_standards_subscription is declared, so Security Hub checks nothing; "
                        + "subscribe a standard or remove the opt-out");
            }
        }
    }
}
