package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.WorldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every network ACL entry of a module, written as an {@code ingress}/{@code egress} block of {@code aws_network_acl}
 * or {@code aws_default_network_acl} ({@code dynamic} blocks expanded) or as an {@code aws_network_acl_rule}
 * ({@code egress}, default false). Each comes back with its ports, its world CIDR and whether it allows or denies,
 * read as {@link SecurityGroupRules} reads security-group rules.
 */
public final class NetworkAclRules {

    private static final List<String> ACL_TYPES = List.of("aws_network_acl", "aws_default_network_acl");

    private NetworkAclRules() {
    }

    /**
     * One entry.
     *
     * @param owner          the address to name in messages (the ACL for inline blocks, else the rule resource)
     * @param file           the file the entry is written in
     * @param where          the block type or the resource header
     * @param ports          what it matches; empty when unknown or not valid
     * @param portUnknowns   why the ports are unknown
     * @param world          its CIDRs that are the whole internet
     * @param sourceUnknowns why its CIDRs are unknown
     * @param allows         true for {@code allow}, false for {@code deny}; empty when unknown
     * @param otherUnknowns  why the action, the direction or the entry's existence is unknown
     */
    public record NaclRule(String owner, SourceFile file, Span where, Optional<PortRange> ports,
                           List<String> portUnknowns, List<WorldSource> world, List<String> sourceUnknowns,
                           Optional<Boolean> allows, List<String> otherUnknowns) {

        /** Everything that is unknown about the entry. */
        public List<String> unknowns() {
            List<String> all = new ArrayList<>(otherUnknowns);
            all.addAll(portUnknowns);
            all.addAll(sourceUnknowns);
            return all;
        }
    }

    /** The entries of the whole module in one direction, in declaration order. */
    public static List<NaclRule> of(EvaluatedModule module, Direction direction) {
        String blockType = direction == Direction.INGRESS ? "ingress" : "egress";
        List<NaclRule> rules = new ArrayList<>();
        for (String type : ACL_TYPES) {
            for (ResourceInstance acl : module.resources(type)) {
                for (EvaluatedBlock b : acl.blocks(blockType)) {
                    List<String> exists = b.undecided().map(Value::unknownReasons).orElse(List.of());
                    rules.add(rule(acl.address(), b.source().file(), b.source().node().typeSpan(), b.attributes(),
                            "action", exists));
                }
            }
        }
        for (ResourceInstance r : module.resources("aws_network_acl_rule")) {
            Value egress = r.value("egress");
            List<String> exists = List.of();
            if (egress.isAbsent() || egress.isNull()) {
                if (direction != Direction.INGRESS) continue;
            } else if (egress.bool().isPresent()) {
                if (egress.bool().get() != (direction == Direction.EGRESS)) continue;
            } else if (!egress.isKnown()) {
                exists = egress.unknownReasons();
            } else {
                continue;
            }
            rules.add(rule(r.address(), r.block().file(), r.block().header(), r.attributes(), "rule_action", exists));
        }
        return List.copyOf(rules);
    }

    private static NaclRule rule(String owner, SourceFile file, Span where, Map<String, EvaluatedAttribute> attributes,
                                 String actionName, List<String> exists) {
        List<String> portUnknowns = new ArrayList<>();
        Optional<PortRange> ports = SecurityGroupRules.ports(attributes, "protocol", portUnknowns);
        List<WorldSource> world = new ArrayList<>();
        List<String> sourceUnknowns = new ArrayList<>();
        for (String name : List.of("cidr_block", "ipv6_cidr_block")) {
            EvaluatedAttribute a = attributes.get(name);
            if (a != null) SecurityGroupRules.collectWorld(a, world, sourceUnknowns);
        }
        List<String> other = new ArrayList<>(exists);
        Optional<Boolean> allows = Optional.empty();
        EvaluatedAttribute action = attributes.get(actionName);
        if (action != null) {
            Value v = action.value();
            if (v.isKnown()) {
                allows = v.string().map(s -> s.strip().toLowerCase(Locale.ROOT).equals("allow"));
            } else if (!v.isAbsent()) {
                other.addAll(v.unknownReasons());
            }
        }
        return new NaclRule(owner, file, where, ports, List.copyOf(portUnknowns), List.copyOf(world),
                List.copyOf(sourceUnknowns), allows, List.copyOf(other));
    }
}
