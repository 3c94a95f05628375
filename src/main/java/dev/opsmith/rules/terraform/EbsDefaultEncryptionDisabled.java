package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** The account-and-region default that encrypts every new EBS volume is turned off. */
public final class EbsDefaultEncryptionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS126", "Account-level EBS default encryption turned off")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ebs_encryption_by_default` with `enabled = false`. Absent, the provider enables "
                    + "it. When the value is unknown, nothing is reported (--show-unknown names the unknown input).")
            .rationale("Default encryption is the safety net for every volume and snapshot created in the region, "
                    + "by Terraform, consoles, autoscaling or AWS services; turning it off leaves each of them to "
                    + "remember encryption on its own (CIS AWS 2.2.1).")
            .remediation("Set `enabled = true`, or remove the attribute.")
            .reference("https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html")
            .compliance("NIST-800-53:SC-28").compliance("CIS-AWS-3.0:2.2.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_106")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance setting : reporter.resources(module, "aws_ebs_encryption_by_default")) {
            String name = setting.address();
            ExpectedFlag.check(reporter, setting.block().header(), setting.attribute("enabled"), true, true,
                    "", name + " sets enabled = false: new EBS volumes and snapshots of the region are no longer "
                            + "encrypted by default; set it to true",
                    "whether " + name + " keeps default encryption on");
        }
    }
}
