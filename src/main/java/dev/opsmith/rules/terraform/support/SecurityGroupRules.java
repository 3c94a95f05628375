package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every security-group rule of a module, whichever of the four ways it is written: an {@code ingress}/{@code egress}
 * block of {@code aws_security_group} or {@code aws_default_security_group} ({@code dynamic} blocks expanded), an
 * {@code aws_security_group_rule} ({@code type}), or an {@code aws_vpc_security_group_ingress_rule} /
 * {@code aws_vpc_security_group_egress_rule}. Each comes back as one {@link SgRule} with its ports, the CIDRs in it
 * that are the whole internet, and what could not be known, so that the port rules (SSH, RDP, databases, …) judge
 * the same facts the same way.
 */
public final class SecurityGroupRules {

    /** Which traffic a rule admits. */
    public enum Direction { INGRESS, EGRESS }

    /** Group types whose inline blocks are rules, and the types a standalone rule's {@code security_group_id} names. */
    public static final List<String> GROUP_TYPES = List.of("aws_security_group", "aws_default_security_group");

    private static final List<String> INLINE_CIDRS = List.of("cidr_blocks", "ipv6_cidr_blocks");
    private static final List<String> VPC_RULE_CIDRS = List.of("cidr_ipv4", "cidr_ipv6");

    private SecurityGroupRules() {
    }

    /** A CIDR of a rule that covers the whole internet, where it is written. */
    public record WorldSource(String cidr, Cidrs.Family family, Span span) {
    }

    /**
     * One rule.
     *
     * @param direction      ingress or egress
     * @param owner          the address to name in messages (the group for inline blocks, else the rule resource)
     * @param file           the file the rule (block or resource) is written in
     * @param where          the block type or the resource header
     * @param group          the group the rule belongs to (always linked for inline blocks)
     * @param ports          what it admits; empty when that is unknown or not valid
     * @param portUnknowns   why the ports are unknown (empty when known or invalid)
     * @param world          its CIDRs that are the whole internet, IPv4 and IPv6
     * @param sourceUnknowns why some of its CIDRs are unknown
     * @param existsUnknowns why it is not known whether the rule exists at all (a {@code dynamic} block with an
     *                       unknown {@code for_each}, an {@code aws_security_group_rule} of unknown {@code type})
     * @param description    its {@code description} (absent when not written)
     * @param attributes     its attributes, for rules that read more
     */
    public record SgRule(Direction direction, String owner, SourceFile file, Span where, Link group,
                         Optional<PortRange> ports, List<String> portUnknowns, List<WorldSource> world,
                         List<String> sourceUnknowns, List<String> existsUnknowns, Value description,
                         Map<String, EvaluatedAttribute> attributes) {

        /** Whether the rule admits some source covering the whole internet. */
        public boolean fromWorld() {
            return !world.isEmpty();
        }

        /** For messages: {@code 0.0.0.0/0 (IPv4)}, {@code ::/0 (IPv6)} or both. */
        public String worldText() {
            List<String> parts = new ArrayList<>();
            for (WorldSource w : world) {
                String part = w.cidr() + " (" + (w.family() == Cidrs.Family.IPV4 ? "IPv4" : "IPv6") + ")";
                if (!parts.contains(part)) parts.add(part);
            }
            return String.join(" and ", parts);
        }
    }

    /** The rules of the whole module in one direction, in declaration order. */
    public static List<SgRule> of(EvaluatedModule module, Direction direction) {
        List<ResourceInstance> groups = new ArrayList<>();
        for (String type : GROUP_TYPES) groups.addAll(module.resources(type));
        List<SgRule> rules = new ArrayList<>();
        String blockType = direction == Direction.INGRESS ? "ingress" : "egress";
        for (ResourceInstance sg : groups) {
            for (EvaluatedBlock b : sg.blocks(blockType)) {
                List<String> exists = b.undecided().map(Value::unknownReasons).orElse(List.of());
                rules.add(rule(direction, sg.address(), b.source().file(), b.source().node().typeSpan(), Link.to(sg),
                        b.attributes(), "protocol", INLINE_CIDRS, exists));
            }
        }
        for (ResourceInstance r : module.resources("aws_security_group_rule")) {
            Value type = r.value("type");
            List<String> exists = List.of();
            if (type.isKnown()) {
                if (!blockType.equals(type.string().orElse(""))) continue;
            } else {
                exists = type.unknownReasons();
            }
            rules.add(rule(direction, r.address(), r.block().file(), r.block().header(),
                    References.link(r.value("security_group_id"), groups), r.attributes(), "protocol", INLINE_CIDRS,
                    exists));
        }
        for (ResourceInstance r : module.resources("aws_vpc_security_group_" + blockType + "_rule")) {
            rules.add(rule(direction, r.address(), r.block().file(), r.block().header(),
                    References.link(r.value("security_group_id"), groups), r.attributes(), "ip_protocol",
                    VPC_RULE_CIDRS, List.of()));
        }
        return List.copyOf(rules);
    }

    /** The rules of one group in one direction: its inline blocks and the standalone rules linked to it. */
    public static List<SgRule> ofGroup(EvaluatedModule module, ResourceInstance group, Direction direction) {
        return of(module, direction).stream().filter(r -> r.group().linksTo(group)).toList();
    }

    private static SgRule rule(Direction direction, String owner, SourceFile file, Span where, Link group,
                               Map<String, EvaluatedAttribute> attributes, String protocolName,
                               List<String> cidrNames, List<String> exists) {
        List<String> portUnknowns = new ArrayList<>();
        Optional<PortRange> ports = ports(attributes, protocolName, portUnknowns);
        List<WorldSource> world = new ArrayList<>();
        List<String> sourceUnknowns = new ArrayList<>();
        for (String name : cidrNames) {
            EvaluatedAttribute a = attributes.get(name);
            if (a != null) collectWorld(a, world, sourceUnknowns);
        }
        EvaluatedAttribute description = attributes.get("description");
        return new SgRule(direction, owner, file, where, group, ports, List.copyOf(portUnknowns), List.copyOf(world),
                List.copyOf(sourceUnknowns), List.copyOf(exists),
                description == null ? Value.absent(owner + " does not write \"description\"") : description.value(),
                attributes);
    }

    /** The ports of a rule from its protocol and port attributes, or the reasons they are unknown. */
    static Optional<PortRange> ports(Map<String, EvaluatedAttribute> attributes, String protocolName,
                                     List<String> unknowns) {
        Value protocol = valueOf(attributes, protocolName);
        if (!protocol.isKnown()) {
            if (!protocol.isAbsent()) unknowns.addAll(protocol.unknownReasons());
            return Optional.empty();
        }
        Optional<String> text = text(protocol);
        if (text.isEmpty()) return Optional.empty();
        Optional<PortRange> withoutPorts = PortRange.of(text.get(), Optional.of(0L), Optional.of(0L));
        if (withoutPorts.isPresent() && !usesPorts(withoutPorts.get())) return withoutPorts;
        Value from = valueOf(attributes, "from_port");
        Value to = valueOf(attributes, "to_port");
        for (Value v : List.of(from, to)) if (!v.isKnown() && !v.isAbsent()) unknowns.addAll(v.unknownReasons());
        if (!unknowns.isEmpty()) return Optional.empty();
        return PortRange.of(text.get(), port(from), port(to));
    }

    private static boolean usesPorts(PortRange range) {
        return range.kind() == PortRange.Kind.TCP || range.kind() == PortRange.Kind.UDP;
    }

    static void collectWorld(EvaluatedAttribute attribute, List<WorldSource> world, List<String> unknowns) {
        Value v = attribute.value();
        if (!v.isKnown()) {
            if (!v.isAbsent()) unknowns.addAll(v.unknownReasons());
            return;
        }
        List<Value> items = v.isList() ? v.items() : List.of(v);
        String file = attribute.source().file().relativePath();
        for (Value item : items) {
            if (!item.isKnown()) {
                unknowns.addAll(item.unknownReasons());
                continue;
            }
            Optional<String> cidr = item.string();
            if (cidr.isEmpty() || !Cidrs.isWorld(cidr.get())) continue;
            Span span = item.origin().filter(o -> o.file().equals(file)).map(Origin::span)
                    .orElse(attribute.source().node().span());
            world.add(new WorldSource(cidr.get().strip(), Cidrs.family(cidr.get()).orElseThrow(), span));
        }
    }

    /** A known protocol or port, written as a string or a number. */
    static Optional<String> text(Value v) {
        return v.string().or(() -> v.number().map(BigDecimal::toPlainString));
    }

    static Optional<Long> port(Value v) {
        if (v.number().isPresent()) {
            try {
                return Optional.of(v.number().get().longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return v.string().flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Value valueOf(Map<String, EvaluatedAttribute> attributes, String name) {
        EvaluatedAttribute a = attributes.get(name);
        return a == null ? Value.absent(name) : a.value();
    }
}
