package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A subnet that hands a public IPv4 address to every instance launched in it. */
public final class SubnetMapsPublicIpOnLaunch extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS130", "Subnet gives instances public IPs by default")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_subnet` with `map_public_ip_on_launch = true`. Absent, the provider's default is "
                    + "false. When the value is unknown, nothing is reported (--show-unknown names the unknown input).")
            .rationale("Every instance, task or node launched in such a subnet gets an internet address without "
                    + "asking for one, so exposure depends on each security group being right (PCI DSS 1.4.1). "
                    + "Load balancers and NAT gateways do not need the setting to work in a public subnet.")
            .remediation("Set `map_public_ip_on_launch = false` (or remove it) and give public addresses only to "
                    + "load balancers and NAT gateways.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_130")
            .equivalent("trivy", "AVD-AWS-0164")
            .equivalent("tfsec", "aws-ec2-no-public-ip-subnet")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance subnet : reporter.resources(module, "aws_subnet")) {
            String name = subnet.address();
            ExpectedFlag.check(reporter, subnet.block().header(), subnet.attribute("map_public_ip_on_launch"), false,
                    false, "", name + " sets map_public_ip_on_launch = true, so every instance launched in it gets "
                            + "a public IP; set it to false and give public addresses only to load balancers",
                    "whether " + name + " gives instances public IPs");
        }
    }
}
