package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A previous-generation classic load balancer. */
public final class ClassicLoadBalancerUsed extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS204", "Classic load balancer in use")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("Any `aws_elb` resource. Opt-in: migrating is a project, and the finding is a reminder "
                    + "rather than a defect in the configuration.")
            .rationale("Classic load balancers are the previous generation: they cannot redirect HTTP to HTTPS, "
                    + "do not offer the TLS 1.3 security policies, cannot be protected by AWS WAF and lack "
                    + "desync protection and header validation that ALBs have.")
            .remediation("Move to an Application Load Balancer (`aws_lb`, HTTP/HTTPS) or a Network Load Balancer "
                    + "(`load_balancer_type = \"network\"`, TCP/TLS); the AWS migration wizard copies listeners and "
                    + "health checks.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/migrate-classic-load-balancer.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance elb : reporter.resources(module, "aws_elb")) {
            String name = elb.block().address();
            reporter.report(elb.block().header(), name + " is a classic load balancer, which lacks modern TLS "
                    + "policies, HTTPS redirects and WAF; move it to an Application or Network Load Balancer");
        }
    }
}
