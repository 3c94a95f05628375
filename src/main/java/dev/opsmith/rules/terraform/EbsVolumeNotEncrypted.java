package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An EBS volume whose data, snapshots and traffic to the instance are not encrypted. */
public final class EbsVolumeNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS125", "EBS volume not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ebs_volume` with `encrypted` absent (the provider sends false, so only an "
                    + "account-level default, AWS126, would encrypt it) or false. A volume restored from an encrypted "
                    + "snapshot is still judged by the attribute, which the provider needs written. When the value is "
                    + "unknown, nothing is reported (--show-unknown names the unknown input).")
            .rationale("Volumes hold application data, logs and temporary files of payment workloads; unencrypted, "
                    + "their snapshots can be shared or copied and read anywhere (PCI DSS 3.5.1, CIS AWS 2.2.1). "
                    + "Encryption cannot be added to an existing volume without copying it.")
            .remediation("Set `encrypted = true`, ideally with `kms_key_id` naming a customer-managed key.")
            .reference("https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("CIS-AWS-3.0:2.2.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_3")
            .equivalent("trivy", "AVD-AWS-0026")
            .equivalent("tfsec", "aws-ebs-enable-volume-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance volume : reporter.resources(module, "aws_ebs_volume")) {
            String name = volume.address();
            ExpectedFlag.check(reporter, volume.block().header(), volume.attribute("encrypted"), true, false,
                    name + " does not set encrypted, so its data and snapshots are stored in clear unless the "
                            + "account default encrypts them; set encrypted = true",
                    name + " sets encrypted = false: its data and snapshots are stored in clear; set it to true",
                    "whether " + name + " is encrypted");
        }
    }
}
