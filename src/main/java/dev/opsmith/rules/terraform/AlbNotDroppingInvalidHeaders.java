package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An Application Load Balancer that passes malformed HTTP header fields on to its targets. */
public final class AlbNotDroppingInvalidHeaders extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS197", "ALB forwards invalid HTTP headers")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An Application Load Balancer (`aws_lb` or `aws_alb` with `load_balancer_type` absent or "
                    + "`application`) whose `drop_invalid_header_fields` is absent (the default is false) or false. "
                    + "Network and gateway load balancers do not parse HTTP and are not reported. When the type or "
                    + "the flag is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Header names with characters outside the HTTP token set are interpreted differently by "
                    + "the load balancer and by the application server behind it; that disagreement is what "
                    + "request smuggling and header-injection attacks exploit.")
            .remediation("Set `drop_invalid_header_fields = true` on the load balancer.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes")
            .compliance("NIST-800-53:SC-7").compliance("NIST-800-53:SI-10").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_131")
            .equivalent("trivy", "AVD-AWS-0052")
            .equivalent("tfsec", "aws-elb-drop-invalid-headers")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance lb : LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS)) {
            String name = lb.block().address();
            String question = "whether " + name + " drops invalid HTTP header fields";
            LoadBalancers.KindOf kind = LoadBalancers.kind(lb);
            if (kind.kind() == LoadBalancers.Kind.OTHER) continue;
            if (kind.kind() == LoadBalancers.Kind.UNKNOWN) {
                reporter.undecided(lb.block().header(), question + " (it matters only for an Application Load "
                        + "Balancer)", kind.unknownReasons());
                continue;
            }
            ExpectedFlag.check(reporter, lb.block().header(), lb.attribute("drop_invalid_header_fields"), true,
                    false,
                    name + " does not set drop_invalid_header_fields, so malformed headers reach its targets; "
                            + "set drop_invalid_header_fields = true",
                    name + " sets drop_invalid_header_fields = false: malformed headers reach its targets; set it "
                            + "to true",
                    question);
        }
    }
}
