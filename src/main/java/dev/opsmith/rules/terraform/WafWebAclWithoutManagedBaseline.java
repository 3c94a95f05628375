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
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A web ACL in use that does not block with either of AWS's baseline managed rule groups. */
public final class WafWebAclWithoutManagedBaseline extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS313", "Web ACL without the AWS baseline rule groups")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_wafv2_web_acl` that an `aws_wafv2_web_acl_association` or an "
                    + "`aws_cloudfront_distribution` (`web_acl_id`) of the module uses, and none of whose `rule` "
                    + "blocks runs `managed_rule_group_statement { vendor_name = \"AWS\" name = "
                    + "\"AWSManagedRulesCommonRuleSet\" }` or `AWSManagedRulesKnownBadInputsRuleSet` in blocking "
                    + "mode. A baseline group whose rule has `override_action { count {} }` only counts matches and "
                    + "is reported at that block. ACLs nothing in the module uses are not judged. When a rule "
                    + "(dynamic block), a group name or the ACL's users are unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("The core rule set covers the common OWASP attack classes and the known-bad-inputs set "
                    + "blocks exploit payloads such as Log4Shell lookups; an ACL without either filters little "
                    + "beyond what its authors thought of (PCI DSS 6.4.2).")
            .remediation("Add a rule with `override_action { none {} }` and `statement { "
                    + "managed_rule_group_statement { vendor_name = \"AWS\" name = \"AWSManagedRulesCommonRuleSet\" "
                    + "} }`, and one for `AWSManagedRulesKnownBadInputsRuleSet`; exclude single rules with "
                    + "`rule_action_override` rather than counting the whole group.")
            .reference("https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-baseline.html")
            .compliance("PCI-DSS-4.0:6.4.2").compliance("NIST-800-53:SI-3").compliance("NIST-800-53:SI-10")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    private static final Set<String> BASELINE =
            Set.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance acl : reporter.resources(module, "aws_wafv2_web_acl")) {
            String name = acl.block().address();
            String question = "whether " + name + " blocks with the AWS baseline rule groups";
            List<String> unknown = new ArrayList<>();
            List<Span> counting = new ArrayList<>();
            if (blocksWithBaseline(acl, unknown, counting)) continue;
            References.Referrers associations = References.referrers(module, acl,
                    "aws_wafv2_web_acl_association", "web_acl_arn");
            References.Referrers distributions = References.referrers(module, acl,
                    "aws_cloudfront_distribution", "web_acl_id");
            if (associations.isEmpty() && distributions.isEmpty()) {
                if (associations.certainlyNone() && distributions.certainlyNone()) continue;
                unknown.addAll(associations.unknownReasons());
                unknown.addAll(distributions.unknownReasons());
            }
            Span where = counting.isEmpty() ? acl.block().header() : counting.get(0);
            if (!unknown.isEmpty()) {
                reporter.undecided(where, question, unknown);
            } else if (!counting.isEmpty()) {
                reporter.report(where, name + " runs the AWS baseline rule group in count mode only, so matching "
                        + "requests are let through; use override_action { none {} }");
            } else {
                reporter.report(where, name + " uses neither AWSManagedRulesCommonRuleSet nor "
                        + "AWSManagedRulesKnownBadInputsRuleSet; add them as managed rule group statements");
            }
        }
    }

    /**
     * Whether some rule blocks with a baseline group. Rules that could not be read add their unknown inputs; baseline
     * rules that only count add their {@code override_action} block.
     */
    private static boolean blocksWithBaseline(ResourceInstance acl, List<String> unknown, List<Span> counting) {
        for (EvaluatedBlock rule : acl.blocks("rule")) {
            if (rule.undecided().isPresent()) {
                unknown.addAll(rule.undecided().get().unknownReasons());
                continue;
            }
            for (EvaluatedBlock statement : rule.blocks("statement")) {
                for (EvaluatedBlock group : statement.blocks("managed_rule_group_statement")) {
                    if (group.undecided().isPresent()) {
                        unknown.addAll(group.undecided().get().unknownReasons());
                        continue;
                    }
                    Value vendor = value(group, "vendor_name");
                    Value groupName = value(group, "name");
                    if (!vendor.isKnown() || !groupName.isKnown()) {
                        unknown.addAll(vendor.unknownReasons());
                        unknown.addAll(groupName.unknownReasons());
                        continue;
                    }
                    if (!"AWS".equals(vendor.string().orElse(""))
                            || !BASELINE.contains(groupName.string().orElse(""))) {
                        continue;
                    }
                    List<EvaluatedBlock> overrides = rule.blocks("override_action");
                    boolean counts = overrides.stream().anyMatch(o -> !o.blocks("count").isEmpty());
                    if (!counts) return true;
                    counting.add(overrides.get(0).source().node().typeSpan());
                }
            }
        }
        return false;
    }

    private static Value value(EvaluatedBlock block, String name) {
        return block.attribute(name).map(EvaluatedAttribute::value).orElse(Value.absent(name));
    }
}
