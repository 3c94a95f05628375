package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

/** An Application Load Balancer facing the internet with no web application firewall in front of its targets. */
public final class PublicAlbWithoutWaf extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS310", "Internet-facing ALB not protected by WAF")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An Application Load Balancer (`aws_lb` or `aws_alb`, `load_balancer_type` absent or "
                    + "`application`) that is internet-facing (`internal` absent or false) and that no "
                    + "`aws_wafv2_web_acl_association` or `aws_wafregional_web_acl_association` of the module names "
                    + "in its `resource_arn`. When the type, `internal` or an association's `resource_arn` is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("A public web entry point without WAF passes injection attempts, known-bad inputs and "
                    + "scanner floods straight to the application; PCI DSS 6.4.2 expects an automated technical "
                    + "solution in front of public-facing web applications.")
            .remediation("Associate a WAFv2 web ACL: `resource \"aws_wafv2_web_acl_association\" \"x\" { "
                    + "resource_arn = aws_lb.x.arn web_acl_arn = aws_wafv2_web_acl.x.arn }`. If the ACL is "
                    + "associated in another configuration, suppress this finding there with the reason.")
            .reference("https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html")
            .compliance("PCI-DSS-4.0:6.4.2").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:SI-4")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV2_AWS_28")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance lb : LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS)) {
            String name = lb.block().address();
            String question = "whether " + name + " is a public ALB without WAF";
            LoadBalancers.KindOf kind = LoadBalancers.kind(lb);
            if (kind.kind() == LoadBalancers.Kind.OTHER) continue;
            Value internal = lb.value("internal");
            if (internal.isTrue()) continue;
            if (kind.kind() == LoadBalancers.Kind.UNKNOWN) {
                reporter.undecided(lb.block().header(), question, kind.unknownReasons());
                continue;
            }
            if (!internal.isKnown() && !internal.isAbsent()) {
                reporter.undecided(lb.block().header(), question, internal.unknownReasons());
                continue;
            }
            References.Referrers associations = WafAssociations.of(module, lb);
            if (!associations.isEmpty()) continue;
            if (!associations.certainlyNone()) {
                reporter.undecided(lb.block().header(), question, associations.unknownReasons());
                continue;
            }
            reporter.report(lb.block().header(), name + " is an internet-facing ALB and no web ACL is associated "
                    + "with it; add an aws_wafv2_web_acl_association with resource_arn = " + name + ".arn");
        }
    }
}
