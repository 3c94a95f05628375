package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** An inventory of the load balancers that accept connections from the internet. */
public final class LbInternetFacing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS203", "Load balancer is internet-facing")
            .severity(Severity.INFO).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_lb`, `aws_alb` or classic `aws_elb` whose `internal` is absent (the default is "
                    + "internet-facing) or false. Gateway load balancers, which are never reachable from the "
                    + "internet, are skipped. When `internal` or the type is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input. Opt-in: it lists public entry points for review "
                    + "rather than flagging a defect.")
            .rationale("Every internet-facing load balancer is part of the attack surface that PCI DSS scoping and "
                    + "penetration tests must cover; listing them in review makes a new one a visible decision. "
                    + "AWS310 checks that the public ALBs have a web ACL.")
            .remediation("Set `internal = true` for load balancers that only serve the VPC or peered networks; for "
                    + "the public ones, suppress this finding with the reason, and keep TLS (AWS195, AWS196) and "
                    + "WAF (AWS310) in place.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#load-balancer-scheme")
            .compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("trivy", "AVD-AWS-0053")
            .equivalent("tfsec", "aws-elb-alb-not-public")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> balancers = new ArrayList<>(
                LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS));
        balancers.addAll(reporter.resources(module, "aws_elb"));
        for (ResourceInstance lb : balancers) {
            String name = lb.block().address();
            String question = "whether " + name + " is internet-facing";
            Value type = lb.value("load_balancer_type");
            if (type.isKnown() && "gateway".equals(type.string().orElse(""))) continue;
            Value internal = lb.value("internal");
            if (internal.isTrue()) continue;
            List<String> unknown = new ArrayList<>();
            if (!type.isKnown() && !type.isAbsent()) unknown.addAll(type.unknownReasons());
            if (!internal.isKnown() && !internal.isAbsent()) unknown.addAll(internal.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(lb.block().header(), question, unknown);
                continue;
            }
            reporter.report(lb.block().header(), name + " is internet-facing; set internal = true unless it "
                    + "must serve the internet, and then keep TLS and a web ACL in front of it");
        }
    }
}
