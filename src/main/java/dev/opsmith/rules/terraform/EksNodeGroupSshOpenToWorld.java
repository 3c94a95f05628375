package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * An EKS managed node group with an SSH key but no source security groups: EKS then creates a security group that
 * admits port 22 from 0.0.0.0/0 on every node.
 */
public final class EksNodeGroupSshOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS164", "Node group allows SSH from anywhere")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_eks_node_group` whose `remote_access` block sets `ec2_ssh_key` and leaves "
                    + "`source_security_group_ids` absent or empty. In that case EKS opens port 22 on the nodes to "
                    + "every address. When either value is unknown, nothing is reported; --show-unknown names the "
                    + "unknown inputs.")
            .rationale("Worker nodes run the payment workloads and hold their credentials; SSH reachable from the "
                    + "internet is scanned and brute-forced continuously, and a leaked key is enough to get in "
                    + "(PCI DSS 1.3.1).")
            .remediation("Set `source_security_group_ids` to a bastion's security group, or remove `remote_access` "
                    + "and use SSM Session Manager to reach the nodes.")
            .reference("https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_100")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_eks_node_group")) {
            String name = group.block().address();
            for (EvaluatedBlock access : group.blocks("remote_access")) {
                if (!reporter.inThisFile(access.source().file())) continue;
                var where = access.source().node().typeSpan();
                if (access.undecided().isPresent()) {
                    reporter.undecided(where, "whether " + name + " admits SSH from anywhere",
                            access.undecided().get().unknownReasons());
                    continue;
                }
                Value key = access.attribute("ec2_ssh_key").map(a -> a.value()).orElse(Value.absent("ec2_ssh_key"));
                Value sources = access.attribute("source_security_group_ids").map(a -> a.value())
                        .orElse(Value.absent("source_security_group_ids"));
                List<String> unknown = new ArrayList<>();
                if (!key.isKnown() && !key.isAbsent()) unknown.addAll(key.unknownReasons());
                if (!sources.isKnown() && !sources.isAbsent()) unknown.addAll(sources.unknownReasons());
                if (!unknown.isEmpty()) {
                    reporter.undecided(where, "whether " + name + " admits SSH from anywhere", unknown);
                    continue;
                }
                boolean hasKey = key.isKnown() && !key.isNull() && key.string().map(s -> !s.isEmpty()).orElse(true);
                boolean restricted = sources.isKnown() && !sources.isNull() && !sources.items().isEmpty();
                if (hasKey && !restricted) {
                    reporter.report(where, name + " sets ec2_ssh_key without source_security_group_ids, so EKS "
                            + "opens SSH (port 22) on its nodes to the internet; name the security groups allowed in");
                }
            }
        }
    }
}
