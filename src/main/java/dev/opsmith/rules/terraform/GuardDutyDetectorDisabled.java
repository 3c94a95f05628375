package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A GuardDuty detector declared with {@code enable = false}: it exists, but produces no findings. */
public final class GuardDutyDetectorDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS315", "GuardDuty detector created disabled")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_guardduty_detector` with `enable = false`. The provider's default is `true`, so "
                    + "only an explicit false is reported. When the value is unknown (a variable without a value), "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("A suspended detector analyses no CloudTrail, VPC flow or DNS events, so credential theft, "
                    + "crypto-mining and data exfiltration go unnoticed while dashboards still show GuardDuty as "
                    + "set up.")
            .remediation("Set `enable = true` (or remove the attribute). To stop paying for a region, delete the "
                    + "detector deliberately instead of leaving a disabled one behind.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector")
            .reference("https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html")
            .compliance("NIST-800-53:SI-4").compliance("NIST-800-53:RA-5").compliance("PCI-DSS-4.0:11.5.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance detector : reporter.resources(module, "aws_guardduty_detector")) {
            String name = detector.block().address();
            ExpectedFlag.check(reporter, detector.block().header(), detector.attribute("enable"), true, true,
                    "", name + " sets enable = false: GuardDuty is suspended and reports no threats; set it to true",
                    "whether " + name + " is enabled");
        }
    }
}
