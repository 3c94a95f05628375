package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A load balancer that keeps no record of the requests it serves. */
public final class LbAccessLogsDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS198", "Load balancer access logs off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lb`/`aws_alb` (application or network) without an `access_logs` block, or whose "
                    + "block leaves `enabled` absent (the default there is false) or false; a classic `aws_elb` "
                    + "without `access_logs`, or with `enabled = false` (its default is true). Gateway load "
                    + "balancers, which have no access logs, are skipped. When the flag, the block's dynamic "
                    + "`for_each` or the load balancer type is unknown, nothing is reported; --show-unknown names "
                    + "the unknown input.")
            .rationale("Access logs are the only record of who called a public endpoint, from where, and with "
                    + "what result; investigating fraud or an intrusion needs them, and PCI DSS 10.2.1 requires "
                    + "logging of access to systems in scope.")
            .remediation("Add `access_logs { bucket = aws_s3_bucket.lb_logs.id enabled = true }`, with a bucket "
                    + "policy that lets the regional Elastic Load Balancing account write to it.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_91", "CKV_AWS_92")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance lb : LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS)) {
            String name = lb.block().address();
            Value type = lb.value("load_balancer_type");
            if (type.isKnown() && "gateway".equals(type.string().orElse(""))) continue;
            if (!type.isKnown() && !type.isAbsent()) {
                reporter.undecided(lb.block().header(), "whether " + name + " needs access logs (a gateway load "
                        + "balancer has none)", type.unknownReasons());
                continue;
            }
            judge(reporter, lb, false);
        }
        for (ResourceInstance elb : reporter.resources(module, "aws_elb")) judge(reporter, elb, true);
    }

    private static void judge(Reporter reporter, ResourceInstance lb, boolean enabledByDefault) {
        String name = lb.block().address();
        ExpectedFlag.checkInBlock(reporter, lb, "access_logs", "enabled", enabledByDefault,
                name + " has no access_logs block, so requests to it are not logged; add access_logs { bucket = "
                        + "... enabled = true }",
                name + " does not set enabled in access_logs, which then stays off; set enabled = true",
                name + " sets access_logs enabled = false: requests to it are not logged; set it to true",
                "whether " + name + " writes access logs");
    }
}
