package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;

import java.util.Optional;

/** A network ACL entry that lets all inbound traffic in from the whole internet. */
public final class NetworkAclAllowsAllFromWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS133", "Network ACL allows all traffic from the internet")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An inbound entry with action `allow`, a source covering the whole internet (`0.0.0.0/0`, "
                    + "`::/0`, any `/0` prefix) and protocol `-1` (all traffic), written as an `ingress` block of "
                    + "`aws_network_acl` or `aws_default_network_acl`, or as an `aws_network_acl_rule` whose `egress` "
                    + "is absent or false. Entries are judged one by one, regardless of a lower-numbered deny. When a "
                    + "value is unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("A network ACL is the subnet-level second line behind security groups; one that admits "
                    + "everything from the internet leaves each security group as the only control between the "
                    + "internet and the subnet's hosts (PCI DSS 1.3.1).")
            .remediation("Allow only the ports the subnet serves (for example 443 and the ephemeral return range), "
                    + "from the sources that need them, and let the default deny handle the rest.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldNaclIngress.check(module, reporter, NetworkAclAllowsAllFromWorld::allowed, "all traffic",
                "allow only the ports the subnet serves");
    }

    static Optional<String> allowed(PortRange ports) {
        return ports.kind() == PortRange.Kind.ALL_TRAFFIC ? Optional.of("all traffic") : Optional.empty();
    }
}
