package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;

import java.util.ArrayList;
import java.util.List;

/** An ingress rule that opens a wide band of ports where a service needs one or a few. */
public final class SecurityGroupWideIngressRange extends TerraformRule {
    static final String MAX_WIDTH = "maxWidth";
    static final int DEFAULT_MAX_WIDTH = 1000;

    static final RuleMeta META = RuleMeta.builder("AWS116", "Ingress rule opens a wide port range")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An ingress rule, from any source, whose TCP or UDP port range is wider than `maxWidth` "
                    + "ports (setting, default 1000), in any of the four ways Terraform writes one. Rules that open "
                    + "every port are AWS112's concern when they face the internet and are not reported here. "
                    + "Opt-in: some protocols (passive FTP, media relays) need port ranges. When the ports are "
                    + "unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("A wide range admits whatever happens to listen in it, including debug endpoints and agents "
                    + "started later; a rule per service keeps the reviewed surface equal to the real one "
                    + "(least functionality).")
            .remediation("Replace the range with the ports the service listens on, one rule each.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
            .compliance("NIST-800-53:SC-7").compliance("NIST-800-53:CM-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int maxWidth = reporter.positiveSetting(MAX_WIDTH, DEFAULT_MAX_WIDTH);
        for (SgRule rule : SecurityGroupRules.of(module, Direction.INGRESS)) {
            if (!reporter.inThisFile(rule.file())) continue;
            EvaluatedAttribute from = rule.attributes().get("from_port");
            var at = from != null && reporter.inThisFile(from) ? from.source().node().span() : rule.where();
            String question = "whether " + rule.owner() + " opens more than " + maxWidth + " ports";
            if (rule.ports().isEmpty()) {
                if (!rule.portUnknowns().isEmpty()) reporter.undecided(at, question, rule.portUnknowns());
                continue;
            }
            PortRange ports = rule.ports().get();
            if (ports.isAllPorts() || ports.width() <= maxWidth) continue;
            if (!rule.existsUnknowns().isEmpty()) {
                List<String> unknown = new ArrayList<>(rule.existsUnknowns());
                reporter.undecided(at, question, unknown);
                continue;
            }
            reporter.report(at, rule.owner() + " admits " + ports.width() + " ports (" + ports.describe()
                    + "), more than " + maxWidth + "; open only the ports the service listens on");
        }
    }
}
