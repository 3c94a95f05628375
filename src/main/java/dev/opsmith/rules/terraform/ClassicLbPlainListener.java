package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Locale;
import java.util.Optional;

/** A classic load balancer listener that accepts clients without TLS. */
public final class ClassicLbPlainListener extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS200", "Classic load balancer listener without TLS")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `listener` block of an `aws_elb` whose `lb_protocol` is `http` or `tcp` (in any case). "
                    + "Classic load balancers cannot redirect HTTP to HTTPS, so every such listener serves clear "
                    + "text. When the protocol or a dynamic block's `for_each` is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("Traffic on a clear-text listener can be read and altered on its way to the load balancer "
                    + "(PCI DSS 4.2.1). Unlike an ALB, a classic load balancer has no redirect action that would make "
                    + "a port-80 listener harmless.")
            .remediation("Use `lb_protocol = \"https\"` (or `ssl`) with an `ssl_certificate_id`, or better, move to "
                    + "an Application Load Balancer with an HTTPS listener and a port-80 redirect.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance elb : reporter.resources(module, "aws_elb")) {
            String name = elb.block().address();
            String question = "whether a listener of " + name + " is unencrypted";
            for (EvaluatedBlock listener : elb.blocks("listener")) {
                if (!reporter.inThisFile(listener.source().file())) continue;
                Optional<EvaluatedAttribute> protocol = listener.attribute("lb_protocol");
                if (protocol.isEmpty()) continue;
                var where = protocol.get().source().node().span();
                Value v = protocol.get().value();
                if (!v.isKnown()) {
                    reporter.undecided(where, question, v.unknownReasons());
                    continue;
                }
                String p = v.string().orElse("").toLowerCase(Locale.ROOT);
                if (p.equals("http") || p.equals("tcp")) {
                    reporter.report(where, name + " has a listener with lb_protocol = \"" + p + "\", which serves "
                            + "clients without TLS; use https or ssl with a certificate, or move to an ALB");
                }
            }
        }
    }
}
