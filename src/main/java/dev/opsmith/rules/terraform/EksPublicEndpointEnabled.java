package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An EKS cluster whose Kubernetes API server has an endpoint on the internet. */
public final class EksPublicEndpointEnabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS160", "Cluster API endpoint is reachable from the internet")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_eks_cluster` whose `vpc_config` leaves `endpoint_public_access` absent (the "
                    + "default is true) or sets it to true. A private-only endpoint (`false`) is accepted. When the "
                    + "value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("A public API endpoint exposes the cluster's control plane to every address allowed by "
                    + "`public_access_cidrs`; a leaked kubeconfig or token is then usable from anywhere. Keeping the "
                    + "endpoint private means an attacker must first get into the network (PCI DSS 1.4.1).")
            .remediation("Set `endpoint_private_access = true` and `endpoint_public_access = false` in `vpc_config`, "
                    + "and reach the API through a VPN, a bastion or a CI runner inside the VPC.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_39")
            .equivalent("trivy", "AVD-AWS-0040").equivalent("tfsec", "aws-eks-no-public-cluster-access")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            String name = cluster.block().address();
            for (EvaluatedBlock vpc : cluster.blocks("vpc_config")) {
                var where = vpc.source().node().typeSpan();
                if (!reporter.inThisFile(vpc.source().file())) continue;
                if (vpc.undecided().isPresent()) {
                    reporter.undecided(where, "whether " + name + " has a public API endpoint",
                            vpc.undecided().get().unknownReasons());
                    continue;
                }
                var attribute = vpc.attribute("endpoint_public_access");
                if (attribute.isEmpty()) {
                    reporter.report(where, name + " does not set endpoint_public_access, so its API endpoint is "
                            + "public (default true); set endpoint_public_access = false");
                    continue;
                }
                Value v = attribute.get().value();
                if (v.isTrue() || v.isNull()) {
                    reporter.report(attribute.get().source().node().span(), name + " sets endpoint_public_access "
                            + (v.isNull() ? "= null (default true)" : "= true")
                            + ": its API endpoint is reachable from the internet; make it private");
                } else if (!v.isKnown()) {
                    reporter.undecided(attribute.get().source().node().span(),
                            "whether " + name + " has a public API endpoint", v.unknownReasons());
                }
            }
        }
    }
}
