package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;

/** A security group that lets its members send anything anywhere on the internet. */
public final class SecurityGroupUnrestrictedEgress extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS117", "Egress to the internet on every port")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An egress rule to a destination covering the whole internet (`0.0.0.0/0`, `::/0`, any "
                    + "`/0` prefix) on all traffic (protocol `-1`/`all`) or on every TCP or UDP port, written as an "
                    + "`egress` block of `aws_security_group` or `aws_default_security_group`, an "
                    + "`aws_security_group_rule` of type egress, or an `aws_vpc_security_group_egress_rule`. Egress "
                    + "to the internet on named ports (443 to a payment network) is not reported. Opt-in: many "
                    + "teams control egress with NAT, proxies or firewalls instead. When the ports, protocol or "
                    + "destinations are unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("Unrestricted egress is what lets malware call home and an attacker move data out; PCI DSS "
                    + "1.3.2 asks that outbound traffic from the cardholder-data environment be limited to what is "
                    + "necessary.")
            .remediation("Replace the allow-all egress with the ports and destinations the service needs (443 to the "
                    + "VPC endpoints or the proxy, the database port to its security group).")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
            .compliance("PCI-DSS-4.0:1.3.2").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-4")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_382")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.EGRESS, SecurityGroupUnrestrictedEgress::exposed,
                "every port outbound", "allow only the ports and destinations the service needs");
    }

    static Optional<String> exposed(PortRange ports) {
        return ports.isAllPorts() ? Optional.of("every port (" + ports.describe() + ")") : Optional.empty();
    }
}
