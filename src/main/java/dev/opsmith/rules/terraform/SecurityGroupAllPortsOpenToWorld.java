package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;

/** A security group that admits the whole internet on every port. */
public final class SecurityGroupAllPortsOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS112", "Every port open to the internet")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to "
                    + "all traffic (protocol `-1` or `all`, whatever the port numbers) or to every TCP or UDP port "
                    + "(0–65535), written as an `ingress` block of `aws_security_group` or "
                    + "`aws_default_security_group`, an `aws_security_group_rule` of type ingress, or an "
                    + "`aws_vpc_security_group_ingress_rule`. When the ports, protocol or sources are unknown, nothing "
                    + "is reported (--show-unknown names the unknown inputs).")
            .rationale("Such a group turns every listening process on the host into an internet service, including "
                    + "the ones nobody meant to expose (debug ports, agents, databases); the security group stops "
                    + "being a boundary of the cardholder-data environment (PCI DSS 1.3.1).")
            .remediation("Admit only the ports the service answers on, from the sources that need them (a load "
                    + "balancer's security group, a partner's CIDR).")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("CIS-AWS-3.0:5.2")
            .compliance("CIS-AWS-3.0:5.3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_277")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.INGRESS, SecurityGroupAllPortsOpenToWorld::exposed,
                "every port", "admit only the ports the service answers on, from the sources that need them");
    }

    static Optional<String> exposed(PortRange ports) {
        return ports.isAllPorts() ? Optional.of("every port (" + ports.describe() + ")") : Optional.empty();
    }
}
