package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A load balancer that a mistaken destroy or replacement can delete in one step. */
public final class LbDeletionProtectionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS199", "Load balancer deletion protection off")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_lb` or `aws_alb` (any type) whose `enable_deletion_protection` is absent (the "
                    + "default is false) or false. When the value is unknown, nothing is reported; --show-unknown "
                    + "names the unknown input.")
            .rationale("Deleting a public load balancer takes its DNS name with it: clients, payment partners and "
                    + "allow-lists that point at it break until a new one is created and propagated. Deletion "
                    + "protection makes a plan that would destroy it fail instead.")
            .remediation("Set `enable_deletion_protection = true`; turn it off deliberately, in its own change, "
                    + "before retiring the load balancer.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection")
            .compliance("NIST-800-53:CM-3").compliance("SOC2:A1.2").compliance("DORA:Art.11")
            .equivalent("checkov", "CKV_AWS_150")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance lb : LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS)) {
            String name = lb.block().address();
            ExpectedFlag.check(reporter, lb.block().header(), lb.attribute("enable_deletion_protection"), true,
                    false,
                    name + " does not set enable_deletion_protection, so a destroy or replacement deletes it and "
                            + "its DNS name; set enable_deletion_protection = true",
                    name + " sets enable_deletion_protection = false: a destroy or replacement deletes it and its "
                            + "DNS name; set it to true",
                    "whether " + name + " is protected from deletion");
        }
    }
}
