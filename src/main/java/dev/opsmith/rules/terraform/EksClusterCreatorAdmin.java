package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;

/** An EKS cluster that grants whoever created it permanent, invisible cluster-admin rights. */
public final class EksClusterCreatorAdmin extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS167", "Cluster creator keeps implicit cluster-admin")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_eks_cluster` whose `access_config.bootstrap_cluster_creator_admin_permissions` is "
                    + "absent (the default is true), null or true, including a cluster without `access_config`. "
                    + "Opt-in: it matters where cluster access is managed only through access entries. When the "
                    + "value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("The identity that created the cluster, usually the deployment pipeline's role, becomes "
                    + "cluster-admin without appearing in any role binding or access entry a reviewer would read. "
                    + "Anyone who can assume that role later holds full control of the cluster.")
            .remediation("Set `access_config { authentication_mode = \"API\" "
                    + "bootstrap_cluster_creator_admin_permissions = false }` and grant administrators through "
                    + "`aws_eks_access_entry` and `aws_eks_access_policy_association`. The setting is fixed at "
                    + "creation.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html")
            .compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            String name = cluster.block().address();
            String question = "whether " + name + " makes its creator cluster-admin";
            List<EvaluatedBlock> configs = cluster.blocks("access_config");
            if (configs.isEmpty()) {
                reporter.report(cluster.block().header(), name + " has no access_config, so its creator is "
                        + "cluster-admin (bootstrap_cluster_creator_admin_permissions defaults to true); set it to "
                        + "false");
                continue;
            }
            for (EvaluatedBlock config : configs) {
                if (!reporter.inThisFile(config.source().file())) continue;
                var where = config.source().node().typeSpan();
                if (config.undecided().isPresent()) {
                    reporter.undecided(where, question, config.undecided().get().unknownReasons());
                    continue;
                }
                var attribute = config.attribute("bootstrap_cluster_creator_admin_permissions");
                if (attribute.isEmpty()) {
                    reporter.report(where, name + " does not set bootstrap_cluster_creator_admin_permissions, so "
                            + "its creator is cluster-admin (default true); set it to false");
                    continue;
                }
                Value v = attribute.get().value();
                if (v.isTrue() || v.isNull()) {
                    reporter.report(attribute.get().source().node().span(), name + " makes its creator "
                            + "cluster-admin outside any access entry; set bootstrap_cluster_creator_admin_permissions "
                            + "= false");
                } else if (!v.isKnown()) {
                    reporter.undecided(attribute.get().source().node().span(), question, v.unknownReasons());
                }
            }
        }
    }
}
