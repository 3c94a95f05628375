package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** An instance, launch template or launch configuration that gives its instances a public IPv4 address. */
public final class Ec2InstancePublicIp extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS129", "Instance or template assigns a public IP")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("`associate_public_ip_address = true` on an `aws_instance` or `aws_launch_configuration`, "
                    + "or in a `network_interfaces` block of an `aws_launch_template`. Absent, the subnet's setting "
                    + "decides (AWS130). When the value is unknown, nothing is reported (--show-unknown names the "
                    + "unknown input).")
            .rationale("A public address puts the instance one security-group mistake away from the internet and "
                    + "bypasses the load balancers, WAF and NAT egress controls the network was designed around "
                    + "(PCI DSS 1.4.1).")
            .remediation("Remove `associate_public_ip_address` or set it to false; publish services through a load "
                    + "balancer and reach hosts through SSM Session Manager.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_88")
            .equivalent("trivy", "AVD-AWS-0009")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_instance", "aws_launch_configuration")) {
            for (ResourceInstance r : reporter.resources(module, type)) {
                ExpectedFlag.check(reporter, r.block().header(), r.attribute("associate_public_ip_address"), false,
                        false, "", message(r.address()), question(r.address()));
            }
        }
        for (ResourceInstance template : reporter.resources(module, "aws_launch_template")) {
            for (EvaluatedBlock nic : template.blocks("network_interfaces")) {
                if (!reporter.inThisFile(nic.source().file())) continue;
                if (nic.undecided().isPresent()) {
                    reporter.undecided(nic.source().node().typeSpan(), question(template.address()),
                            nic.undecided().get().unknownReasons());
                    continue;
                }
                ExpectedFlag.check(reporter, nic.source().node().typeSpan(),
                        nic.attribute("associate_public_ip_address"), false, false, "", message(template.address()),
                        question(template.address()));
            }
        }
    }

    private static String message(String name) {
        return name + " sets associate_public_ip_address = true, so its instances are reachable from the internet "
                + "by address; remove it and publish through a load balancer";
    }

    private static String question(String name) {
        return "whether " + name + " assigns a public IP";
    }
}
