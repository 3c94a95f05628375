package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The check shared by the "open to the internet" security-group rules (SSH, RDP, every port, databases,
 * administration ports): each decides from the ports a rule admits, this decides everything else the same way for
 * all of them. A rule whose ports are known not to match is left alone even when its sources are unknown; a
 * matching rule with a world CIDR is reported at that CIDR; what cannot be known is left undecided.
 */
final class WorldIngress {

    private WorldIngress() {
    }

    /**
     * @param direction which rules to judge
     * @param match     for a known port range: what it exposes for the message ({@code "SSH (tcp 22)"}), or empty
     *                  when the range is not this rule's concern
     * @param subject   for questions: what is exposed ({@code "SSH"})
     * @param remedy    what to do, appended to every message
     */
    static void check(EvaluatedModule module, TerraformRule.Reporter reporter, Direction direction,
                      Function<PortRange, Optional<String>> match, String subject, String remedy) {
        for (SgRule rule : SecurityGroupRules.of(module, direction)) {
            if (!reporter.inThisFile(rule.file())) continue;
            String question = "whether " + rule.owner() + " opens " + subject + " to the internet";
            Optional<String> exposed = rule.ports().flatMap(match);
            Span at = rule.fromWorld() ? rule.world().get(0).span() : rule.where();
            if (rule.ports().isEmpty()) {
                if (rule.portUnknowns().isEmpty() || (!rule.fromWorld() && rule.sourceUnknowns().isEmpty())) continue;
                List<String> unknown = new ArrayList<>(rule.existsUnknowns());
                unknown.addAll(rule.portUnknowns());
                unknown.addAll(rule.sourceUnknowns());
                reporter.undecided(at, question, unknown);
                continue;
            }
            if (exposed.isEmpty()) continue;
            if (!rule.fromWorld()) {
                if (!rule.sourceUnknowns().isEmpty()) reporter.undecided(at, question, rule.sourceUnknowns());
                continue;
            }
            if (!rule.existsUnknowns().isEmpty()) {
                reporter.undecided(at, question, rule.existsUnknowns());
                continue;
            }
            String verb = direction == Direction.INGRESS ? " admits " : " lets traffic out to ";
            reporter.report(at, rule.owner() + verb + "the internet, " + rule.worldText() + ", to " + exposed.get()
                    + "; " + remedy);
        }
    }
}
