package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A remote-administration or control-plane port (other than SSH and RDP) reachable from the whole internet. */
public final class SecurityGroupAdminPortOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS114", "Administration port open to the internet")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to a "
                    + "port range containing an administration or control-plane port: FTP (20, 21), Telnet (23), "
                    + "Windows RPC and file sharing (135, 137–139, 445), SNMP (161 over UDP), the Docker daemon "
                    + "(2375, 2376), etcd (2379, 2380), VNC (5900–5903), WinRM (5985, 5986), the Kubernetes API "
                    + "(6443) and the kubelet (10250). SSH and RDP are AWS110 and AWS111; rules that open every port "
                    + "are left to AWS112. When the ports, protocol or sources are unknown, nothing is reported "
                    + "(--show-unknown names the unknown inputs).")
            .rationale("These services hand out control of a host or a cluster, often with weak or no "
                    + "authentication (an open Docker socket or kubelet is remote code execution); none of them "
                    + "belongs on the internet side of a payment network boundary (PCI DSS 1.3.1).")
            .remediation("Admit the port only from a bastion's or the management network's security group, or reach "
                    + "the service through a VPN or SSM port forwarding.")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    /** The shipped {@code admin-ports} table of the plan, SNMP apart (UDP only). */
    static final Set<Integer> PORTS = Set.of(20, 21, 23, 135, 137, 138, 139, 445, 2375, 2376, 2379, 2380, 5900,
            5901, 5902, 5903, 5985, 5986, 6443, 10250);
    private static final int SNMP = 161;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.INGRESS, SecurityGroupAdminPortOpenToWorld::exposed,
                "an administration port", "admit it only from a bastion's or the management network's security "
                        + "group");
    }

    static Optional<String> exposed(PortRange ports) {
        if (ports.isAllPorts()) return Optional.empty();
        Set<Integer> hit = new TreeSet<>(ports.containsAny(PORTS));
        if (ports.contains(PortRange.Kind.UDP, SNMP)) hit.add(SNMP);
        if (hit.isEmpty()) return Optional.empty();
        return Optional.of("administration port" + (hit.size() == 1 ? " " : "s ")
                + hit.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
