package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An EKS cluster whose IAM-to-Kubernetes mapping lives only in the {@code aws-auth} ConfigMap. */
public final class EksAuthenticationConfigMapOnly extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS166", "Cluster authenticates through the aws-auth ConfigMap only")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_eks_cluster` whose `access_config.authentication_mode` is `CONFIG_MAP`. `API` and "
                    + "`API_AND_CONFIG_MAP` are accepted. A cluster that does not write the mode is not judged: its "
                    + "effective default depends on how and when the cluster was created. An unknown value is left "
                    + "undecided. Opt-in: moving to access entries is a migration the organisation plans.")
            .rationale("With the ConfigMap alone, who may administer the cluster is an editable Kubernetes object: "
                    + "anyone with write access to kube-system can grant themselves admin, a typo can lock everyone "
                    + "out, and the grants are invisible to IAM and CloudTrail. Access entries are managed, audited "
                    + "AWS API objects.")
            .remediation("Set `access_config { authentication_mode = \"API_AND_CONFIG_MAP\" }`, move the mappings "
                    + "to `aws_eks_access_entry` resources, then switch to `\"API\"`. The mode can only move "
                    + "towards API.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html")
            .compliance("NIST-800-53:AC-2")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.2").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            String name = cluster.block().address();
            for (EvaluatedBlock config : cluster.blocks("access_config")) {
                if (!reporter.inThisFile(config.source().file())) continue;
                if (config.undecided().isPresent()) {
                    reporter.undecided(config.source().node().typeSpan(), "how " + name + " authenticates users",
                            config.undecided().get().unknownReasons());
                    continue;
                }
                var mode = config.attribute("authentication_mode");
                if (mode.isEmpty()) continue;
                Value v = mode.get().value();
                var at = mode.get().source().node().span();
                if (!v.isKnown()) {
                    reporter.undecided(at, "how " + name + " authenticates users", v.unknownReasons());
                } else if (v.string().map("CONFIG_MAP"::equals).orElse(false)) {
                    reporter.report(at, name + " maps IAM identities only through the aws-auth ConfigMap; set "
                            + "authentication_mode = \"API_AND_CONFIG_MAP\" and move the mappings to access entries");
                }
            }
        }
    }
}
