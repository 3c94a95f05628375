package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A trail that exists but records nothing. */
public final class CloudTrailLoggingStopped extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS214", "Trail created with logging stopped")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` with `enable_logging = false`. Absent is compliant (the default is "
                    + "true). When the value is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("A stopped trail looks like audit coverage in an inventory while recording no events, so "
                    + "the gap is found only when the evidence is needed (PCI DSS 10.2.1).")
            .remediation("Remove `enable_logging` or set it to true; stop a trail only deliberately and briefly, "
                    + "outside Terraform.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_251")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            String name = trail.block().address();
            ExpectedFlag.check(reporter, trail.block().header(), trail.attribute("enable_logging"), true, true,
                    "", name + " sets enable_logging = false: the trail records no events; remove it or set it to "
                            + "true",
                    "whether " + name + " is logging");
        }
    }
}
