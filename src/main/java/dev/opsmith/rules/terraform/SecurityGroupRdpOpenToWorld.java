package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;

/** Remote Desktop reachable from the whole internet through a security group. */
public final class SecurityGroupRdpOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS111", "RDP open to the internet")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to a "
                    + "port range containing 3389 over TCP, UDP or all protocols, in any of the ways Terraform writes "
                    + "one: an `ingress` block of `aws_security_group` or `aws_default_security_group` (dynamic blocks "
                    + "included), an `aws_security_group_rule` of type ingress, or an "
                    + "`aws_vpc_security_group_ingress_rule`. Restricted CIDRs, prefix lists and security-group "
                    + "sources are not reported. When the ports, protocol or sources are unknown, nothing is reported "
                    + "(--show-unknown names the unknown inputs).")
            .rationale("Remote Desktop exposed to the internet is one of the most attacked services there is: "
                    + "password spraying and RDP vulnerabilities give an attacker an interactive session on a host "
                    + "in the payment network (PCI DSS 1.3.1).")
            .remediation("Reach Windows hosts through SSM Fleet Manager or a VPN, and admit 3389 only from a bastion's "
                    + "security group or the VPN range.")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("CIS-AWS-3.0:5.2").compliance("CIS-AWS-3.0:5.3").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_25")
            .build();

    private static final int PORT = 3389;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.INGRESS, SecurityGroupRdpOpenToWorld::exposed, "port 3389",
                "allow only a bastion's security group or a VPN range, or use SSM Fleet Manager");
    }

    /** RDP when the range admits port 3389 over TCP or UDP (all protocols included). */
    static Optional<String> exposed(PortRange ports) {
        if (!ports.contains(PORT)) return Optional.empty();
        return Optional.of("RDP (port 3389, " + ports.describe() + ")");
    }
}
