package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/** A target group that forwards decrypted traffic to its targets in clear text. */
public final class LbTargetGroupPlainHttp extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS202", "Target group forwards plain HTTP")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_lb_target_group` (or its alias `aws_alb_target_group`) with `protocol = "
                    + "\"HTTP\"`: the load balancer terminates TLS and sends requests to the targets unencrypted. "
                    + "Lambda targets (no protocol) are not reported. When the protocol is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input. Opt-in: many teams accept clear text "
                    + "inside a VPC; PCI scopes that require encryption up to the workload turn it on.")
            .rationale("Between the load balancer and the targets, card data crosses subnets and possibly "
                    + "accounts in clear text, readable by anything that can mirror or capture VPC traffic.")
            .remediation("Set `protocol = \"HTTPS\"` on the target group and serve TLS on the targets (a "
                    + "self-signed certificate is accepted by the load balancer).")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-group-routing-configuration")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .build();

    private static final List<String> TYPES = List.of("aws_lb_target_group", "aws_alb_target_group");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : LoadBalancers.declared(reporter, module, TYPES)) {
            String name = group.block().address();
            Optional<EvaluatedAttribute> protocol = group.attribute("protocol");
            if (protocol.isEmpty() || !reporter.inThisFile(protocol.get())) continue;
            var where = protocol.get().source().node().span();
            Value v = protocol.get().value();
            if (!v.isKnown()) {
                reporter.undecided(where, "whether " + name + " forwards plain HTTP", v.unknownReasons());
            } else if ("HTTP".equals(v.string().orElse(""))) {
                reporter.report(where, name + " forwards requests to its targets over plain HTTP; use protocol = "
                        + "\"HTTPS\" and serve TLS on the targets");
            }
        }
    }
}
