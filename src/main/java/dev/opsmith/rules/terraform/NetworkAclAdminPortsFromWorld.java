package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A network ACL entry that lets SSH or RDP in from the whole internet. */
public final class NetworkAclAdminPortsFromWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS134", "Network ACL allows SSH or RDP from the internet")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An inbound entry with action `allow`, a source covering the whole internet (`0.0.0.0/0`, "
                    + "`::/0`, any `/0` prefix) and a TCP port range containing 22 or 3389, written as an `ingress` "
                    + "block of `aws_network_acl` or `aws_default_network_acl`, or as an `aws_network_acl_rule` whose "
                    + "`egress` is absent or false. Entries that allow all traffic are left to AWS133. When a value is "
                    + "unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("Remote administration ports should be closed at the subnet boundary as well as on the "
                    + "security groups, so that a single permissive group does not expose a host's shell or desktop "
                    + "to the internet (CIS AWS 5.1).")
            .remediation("Remove the entry, or narrow its source to the VPN or bastion range; administer hosts "
                    + "through SSM Session Manager.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("CIS-AWS-3.0:5.1").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldNaclIngress.check(module, reporter, NetworkAclAdminPortsFromWorld::allowed, "SSH or RDP",
                "narrow its source to the VPN or bastion range, or remove it");
    }

    static Optional<String> allowed(PortRange ports) {
        if (ports.kind() == PortRange.Kind.ALL_TRAFFIC) return Optional.empty();
        List<String> hit = new ArrayList<>();
        if (ports.contains(PortRange.Kind.TCP, 22)) hit.add("SSH (22)");
        if (ports.contains(PortRange.Kind.TCP, 3389)) hit.add("RDP (3389)");
        return hit.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", hit));
    }
}
