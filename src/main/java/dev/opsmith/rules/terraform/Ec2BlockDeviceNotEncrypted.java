package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A root or data volume declared on an instance, launch template or launch configuration without encryption. */
public final class Ec2BlockDeviceNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS127", "Instance or template block device not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A block device whose `encrypted` is absent (the provider's default is false) or false: "
                    + "`root_block_device` and `ebs_block_device` of `aws_instance` and `aws_launch_configuration`, "
                    + "and the `ebs` block of each `block_device_mappings` of `aws_launch_template`. Ephemeral "
                    + "(instance store) devices are not EBS and are skipped; a device restored from a snapshot is "
                    + "still judged by the attribute. When the value is unknown, nothing is reported "
                    + "(--show-unknown names the unknown input).")
            .rationale("The root and data volumes of payment hosts hold application data, credentials on disk and "
                    + "logs; every instance launched from a template or autoscaling group repeats the setting, so "
                    + "one unencrypted mapping leaves a whole fleet's disks readable from their snapshots "
                    + "(PCI DSS 3.5.1).")
            .remediation("Set `encrypted = true` on every device, ideally with `kms_key_id` naming a customer-managed "
                    + "key.")
            .reference("https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_8")
            .equivalent("trivy", "AVD-AWS-0131", "AVD-AWS-0008", "AVD-AWS-0122")
            .equivalent("tfsec", "aws-ec2-enable-at-rest-encryption")
            .build();

    private static final List<String> DEVICE_BLOCKS = List.of("root_block_device", "ebs_block_device");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_instance", "aws_launch_configuration")) {
            for (ResourceInstance r : reporter.resources(module, type)) {
                for (String blockType : DEVICE_BLOCKS) {
                    for (EvaluatedBlock device : r.blocks(blockType)) judge(reporter, r, blockType, device);
                }
            }
        }
        for (ResourceInstance template : reporter.resources(module, "aws_launch_template")) {
            for (EvaluatedBlock mapping : template.blocks("block_device_mappings")) {
                if (mapping.undecided().isPresent()) {
                    if (reporter.inThisFile(mapping.source().file())) {
                        reporter.undecided(mapping.source().node().typeSpan(), "whether the block devices of "
                                + template.address() + " are encrypted", mapping.undecided().get().unknownReasons());
                    }
                    continue;
                }
                for (EvaluatedBlock ebs : mapping.blocks("ebs")) {
                    judge(reporter, template, "block_device_mappings.ebs", ebs);
                }
            }
        }
    }

    private static void judge(Reporter reporter, ResourceInstance owner, String what, EvaluatedBlock device) {
        if (!reporter.inThisFile(device.source().file())) return;
        Span at = device.source().node().typeSpan();
        String question = "whether the " + what + " of " + owner.address() + " is encrypted";
        if (device.undecided().isPresent()) {
            reporter.undecided(at, question, device.undecided().get().unknownReasons());
            return;
        }
        String name = owner.address() + " " + what;
        ExpectedFlag.check(reporter, at, device.attribute("encrypted"), true, false,
                name + " does not set encrypted, so the volume is stored in clear unless the account default "
                        + "encrypts it; set encrypted = true",
                name + " sets encrypted = false: the volume is stored in clear; set it to true", question);
    }
}
