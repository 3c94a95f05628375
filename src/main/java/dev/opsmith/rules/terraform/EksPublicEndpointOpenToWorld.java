package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** A public EKS API endpoint that accepts connections from any address. */
public final class EksPublicEndpointOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS161", "Public cluster endpoint accepts any source address")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_eks_cluster` whose public endpoint is on (`vpc_config.endpoint_public_access` "
                    + "absent or true) and whose `public_access_cidrs` is absent (the default is `0.0.0.0/0`) or "
                    + "contains `0.0.0.0/0` or `::/0`. Clusters with a private-only endpoint are not reported. "
                    + "When a value is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Restricting the public endpoint to the organisation's egress addresses keeps the Kubernetes "
                    + "API out of reach of internet-wide scanning and of anyone holding a stolen credential outside "
                    + "the network (PCI DSS 1.3.1).")
            .remediation("Set `public_access_cidrs` to the office, VPN and CI egress ranges, or turn the public "
                    + "endpoint off with `endpoint_public_access = false`.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_38")
            .equivalent("trivy", "AVD-AWS-0041").equivalent("tfsec", "aws-eks-no-public-cluster-access-to-cidr")
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
                if (!reporter.inThisFile(vpc.source().file())) continue;
                Span where = vpc.source().node().typeSpan();
                String question = "whether " + name + " accepts API connections from any address";
                if (vpc.undecided().isPresent()) {
                    reporter.undecided(where, question, vpc.undecided().get().unknownReasons());
                    continue;
                }
                Value publicAccess = vpc.attribute("endpoint_public_access").map(EvaluatedAttribute::value)
                        .orElse(Value.absent("endpoint_public_access"));
                if (publicAccess.isFalse()) continue;
                boolean switchUnknown = !publicAccess.isKnown() && !publicAccess.isAbsent();
                List<String> unknown = new ArrayList<>();
                var cidrs = vpc.attribute("public_access_cidrs");
                Span world = cidrs.isEmpty() ? where : worldItem(cidrs.get(), unknown);
                if (world == null) {
                    if (!unknown.isEmpty()) {
                        if (switchUnknown) unknown.addAll(publicAccess.unknownReasons());
                        reporter.undecided(where, question, unknown);
                    }
                    continue;
                }
                if (switchUnknown) {
                    reporter.undecided(where, question, publicAccess.unknownReasons());
                    continue;
                }
                reporter.report(world, name + (cidrs.isEmpty()
                        ? " does not set public_access_cidrs, so its public API endpoint accepts any address"
                        : " lets its public API endpoint accept any address")
                        + "; restrict public_access_cidrs to known ranges or make the endpoint private");
            }
        }
    }

    /** The span of the first world CIDR in the list, or null; unknown items add their reasons. */
    private static Span worldItem(EvaluatedAttribute cidrs, List<String> unknown) {
        Value v = cidrs.value();
        if (!v.isKnown()) {
            unknown.addAll(v.unknownReasons());
            return null;
        }
        if (v.isNull()) return cidrs.source().node().span();
        for (Value item : v.items()) {
            if (!item.isKnown()) {
                unknown.addAll(item.unknownReasons());
            } else if (item.string().map(s -> s.equals("0.0.0.0/0") || s.equals("::/0")).orElse(false)) {
                return item.origin().filter(o -> o.file().equals(cidrs.source().file().relativePath()))
                        .map(o -> o.span()).orElse(cidrs.source().node().span());
            }
        }
        return null;
    }
}
