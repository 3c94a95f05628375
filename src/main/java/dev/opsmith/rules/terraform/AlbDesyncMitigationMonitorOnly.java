package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** An ALB told only to observe, not to block, requests that could desynchronise it from its targets. */
public final class AlbDesyncMitigationMonitorOnly extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS201", "ALB desync mitigation only monitors")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lb` or `aws_alb` with `desync_mitigation_mode = \"monitor\"`. The default "
                    + "(`defensive`) and `strictest` are not reported. When the mode is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("In monitor mode the load balancer forwards requests whose framing is ambiguous (the raw "
                    + "material of HTTP request smuggling) and only counts them; defensive mode blocks the "
                    + "dangerous ones while keeping compatibility with clients.")
            .remediation("Remove `desync_mitigation_mode` (the default is `defensive`) or set it to `strictest`.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode")
            .compliance("NIST-800-53:SI-10").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance lb : LoadBalancers.declared(reporter, module, LoadBalancers.BALANCERS)) {
            String name = lb.block().address();
            Optional<EvaluatedAttribute> mode = lb.attribute("desync_mitigation_mode");
            if (mode.isEmpty() || !reporter.inThisFile(mode.get())) continue;
            var where = mode.get().source().node().span();
            Value v = mode.get().value();
            if (!v.isKnown()) {
                reporter.undecided(where, "whether " + name + " blocks desync requests", v.unknownReasons());
            } else if ("monitor".equals(v.string().orElse(""))) {
                reporter.report(where, name + " sets desync_mitigation_mode = \"monitor\", which forwards "
                        + "ambiguous requests instead of blocking them; use \"defensive\" or \"strictest\"");
            }
        }
    }
}
