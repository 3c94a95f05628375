package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SSH reachable from the whole internet through a security group, in any of the four ways Terraform writes one. */
public final class SecurityGroupSshOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS110", "SSH open to the internet")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits `0.0.0.0/0` or `::/0` to a port range containing 22 over TCP or all "
                    + "protocols, written as an `ingress` block of `aws_security_group` (dynamic blocks included), an "
                    + "`aws_security_group_rule` of type ingress, or an `aws_vpc_security_group_ingress_rule`. Restricted "
                    + "CIDRs, prefix lists and security-group sources are not reported. When the ports, protocol or "
                    + "sources are unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("An SSH port open to the internet is scanned within minutes and brute-forced for weak or leaked "
                    + "keys; in a cardholder-data environment it is a direct path to a host (PCI DSS 1.3.1).")
            .remediation("Allow SSH only from a bastion's security group or a VPN range, or remove it and use SSM "
                    + "Session Manager.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-17")
            .compliance("CIS-AWS-3.0:5.2").compliance("SOC2:CC6.6")
            .equivalent("checkov", "CKV_AWS_24")
            .build();

    private static final int PORT = 22;

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One ingress rule as the four forms write it: port range, protocol and sources, each with its attribute. */
    private record Ingress(String owner, Map<String, EvaluatedAttribute> attributes, Span where, String from,
                           String to, String protocol, List<String> cidrs) {
        Optional<EvaluatedAttribute> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        Value value(String name) {
            EvaluatedAttribute a = attributes.get(name);
            return a == null ? Value.absent(name) : a.value();
        }
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<Ingress> rules = new ArrayList<>();
        for (ResourceInstance sg : reporter.resources(module, "aws_security_group")) {
            for (EvaluatedBlock b : sg.blocks("ingress")) {
                rules.add(new Ingress(sg.block().address(), b.attributes(), b.source().node().typeSpan(), "from_port",
                        "to_port", "protocol", List.of("cidr_blocks", "ipv6_cidr_blocks")));
            }
        }
        for (ResourceInstance r : reporter.resources(module, "aws_security_group_rule")) {
            if (!"ingress".equals(r.value("type").string().orElse(""))) continue;
            rules.add(new Ingress(r.block().address(), r.attributes(), r.block().header(), "from_port", "to_port",
                    "protocol", List.of("cidr_blocks", "ipv6_cidr_blocks")));
        }
        for (ResourceInstance r : reporter.resources(module, "aws_vpc_security_group_ingress_rule")) {
            rules.add(new Ingress(r.block().address(), r.attributes(), r.block().header(), "from_port", "to_port",
                    "ip_protocol", List.of("cidr_ipv4", "cidr_ipv6")));
        }
        for (Ingress rule : rules) judge(rule, reporter);
    }

    private static void judge(Ingress rule, Reporter reporter) {
        List<String> unknown = new ArrayList<>();
        Span world = null;
        for (String name : rule.cidrs()) {
            Optional<EvaluatedAttribute> a = rule.attribute(name);
            if (a.isEmpty()) continue;
            Value v = a.get().value();
            List<Value> items = v.isList() ? v.items() : List.of(v);
            for (Value item : items) {
                if (!item.isKnown()) unknown.addAll(item.unknownReasons());
                else if (item.string().map(s -> s.equals("0.0.0.0/0") || s.equals("::/0")).orElse(false) && world == null) {
                    world = item.origin().filter(o -> o.file().equals(a.get().source().file().relativePath()))
                            .map(o -> o.span()).orElse(a.get().source().node().span());
                }
            }
            if (!v.isKnown()) unknown.addAll(v.unknownReasons());
        }
        if (world == null) {
            if (!unknown.isEmpty()) reporter.undecided(rule.where(), "whether " + rule.owner() + " admits the internet", unknown);
            return;
        }
        Value protocol = rule.value(rule.protocol());
        Value from = rule.value(rule.from());
        Value to = rule.value(rule.to());
        List<String> inputs = new ArrayList<>();
        for (Value v : List.of(protocol, from, to)) if (!v.isKnown() && !v.isAbsent()) inputs.addAll(v.unknownReasons());
        if (!inputs.isEmpty()) {
            reporter.undecided(world, "whether " + rule.owner() + " opens port 22 to the internet", inputs);
            return;
        }
        String p = protocol.string().orElse(protocol.number().map(BigDecimal::toPlainString).orElse(""));
        boolean all = p.equals("-1") || p.equalsIgnoreCase("all");
        boolean tcp = p.equalsIgnoreCase("tcp") || p.equals("6");
        if (!all && !tcp) return;
        if (!all) {
            Optional<Long> low = port(from);
            Optional<Long> high = port(to);
            if (low.isEmpty() || high.isEmpty() || low.get() > PORT || high.get() < PORT) return;
        }
        reporter.report(world, rule.owner() + " admits the internet to SSH (port 22"
                + (all ? ", all protocols" : "") + "); allow only a bastion's security group or a VPN range");
    }

    private static Optional<Long> port(Value v) {
        if (v.number().isPresent()) return Optional.of(v.number().get().longValue());
        return v.string().flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
