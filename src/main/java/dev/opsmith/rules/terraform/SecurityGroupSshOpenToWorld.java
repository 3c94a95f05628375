package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;

/** SSH reachable from the whole internet through a security group, in any of the four ways Terraform writes one. */
public final class SecurityGroupSshOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS110", "SSH open to the internet")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to a "
                    + "port range containing 22 over TCP or all protocols, written as an `ingress` block of "
                    + "`aws_security_group` or `aws_default_security_group` (dynamic blocks included), an "
                    + "`aws_security_group_rule` of type ingress, or an `aws_vpc_security_group_ingress_rule`. "
                    + "Restricted CIDRs, prefix lists and security-group sources are not reported. When the ports, "
                    + "protocol or sources are unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("An SSH port open to the internet is scanned within minutes and brute-forced for weak or leaked "
                    + "keys; in a cardholder-data environment it is a direct path to a host (PCI DSS 1.3.1).")
            .remediation("Allow SSH only from a bastion's security group or a VPN range, or remove it and use SSM "
                    + "Session Manager.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("CIS-AWS-3.0:5.2").compliance("CIS-AWS-3.0:5.3").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_24")
            .build();

    private static final int PORT = 22;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.INGRESS, SecurityGroupSshOpenToWorld::exposed, "port 22",
                "allow only a bastion's security group or a VPN range");
    }

    /** SSH when the range admits TCP port 22 (all protocols included). */
    static Optional<String> exposed(PortRange ports) {
        if (!ports.contains(PortRange.Kind.TCP, PORT)) return Optional.empty();
        return Optional.of("SSH (port 22" + (ports.kind() == PortRange.Kind.ALL_TRAFFIC ? ", all traffic" : "") + ")");
    }
}
