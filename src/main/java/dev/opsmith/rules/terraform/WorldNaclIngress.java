package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.NetworkAclRules;
import dev.opsmith.rules.terraform.support.NetworkAclRules.NaclRule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;
import java.util.function.Function;

/**
 * The check shared by the network-ACL rules: an inbound {@code allow} entry from the whole internet whose ports the
 * rule cares about is reported at the entry; a deny, a restricted source or ports known not to matter end the
 * check; anything else unknown leaves it undecided.
 */
final class WorldNaclIngress {

    private WorldNaclIngress() {
    }

    /**
     * @param match   for a known port range: what it allows for the message, or empty when not this rule's concern
     * @param subject for questions: what is allowed
     * @param remedy  what to do, appended to every message
     */
    static void check(EvaluatedModule module, TerraformRule.Reporter reporter,
                      Function<PortRange, Optional<String>> match, String subject, String remedy) {
        for (NaclRule rule : NetworkAclRules.of(module, Direction.INGRESS)) {
            if (!reporter.inThisFile(rule.file())) continue;
            if (rule.allows().isPresent() && !rule.allows().get()) continue;
            Optional<String> allowed = rule.ports().flatMap(match);
            if (rule.ports().isPresent() && allowed.isEmpty()) continue;
            if (rule.ports().isEmpty() && rule.portUnknowns().isEmpty()) continue;
            if (rule.world().isEmpty() && rule.sourceUnknowns().isEmpty()) continue;
            if (!rule.unknowns().isEmpty() || rule.allows().isEmpty() || rule.world().isEmpty()) {
                if (!rule.unknowns().isEmpty()) {
                    reporter.undecided(rule.where(), "whether " + rule.owner() + " allows " + subject
                            + " from the internet", rule.unknowns());
                }
                continue;
            }
            String world = rule.world().get(0).cidr();
            reporter.report(rule.where(), rule.owner() + " has an inbound entry allowing " + allowed.get()
                    + " from " + world + "; " + remedy);
        }
    }
}
