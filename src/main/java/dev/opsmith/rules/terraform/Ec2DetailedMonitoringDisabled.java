package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An instance whose CloudWatch metrics come only every five minutes. */
public final class Ec2DetailedMonitoringDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS135", "Instance without detailed monitoring")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_instance` with `monitoring` absent (the provider's default is false) or false. "
                    + "Opt-in: detailed monitoring is billed per metric. When the value is unknown, nothing is "
                    + "reported (--show-unknown names the unknown input).")
            .rationale("One-minute metrics let alarms and autoscaling react to a saturated payment host in minutes "
                    + "rather than after several five-minute periods.")
            .remediation("Set `monitoring = true`.")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html")
            .equivalent("checkov", "CKV_AWS_126")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance instance : reporter.resources(module, "aws_instance")) {
            String name = instance.address();
            ExpectedFlag.check(reporter, instance.block().header(), instance.attribute("monitoring"), true, false,
                    name + " does not set monitoring, so its metrics arrive every five minutes; set monitoring = true",
                    name + " sets monitoring = false, so its metrics arrive every five minutes; set it to true",
                    "whether " + name + " has detailed monitoring");
        }
    }
}
