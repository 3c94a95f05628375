package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.ArrayList;
import java.util.List;

/** A web ACL that allows every request and has no rule that could block one. */
public final class WafWebAclAllowsByDefaultWithoutRules extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS314", "Web ACL allows everything and has no rules")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_wafv2_web_acl` whose `default_action` is `allow {}` and that has no `rule` block "
                    + "(after `dynamic` blocks are expanded). When a dynamic `rule` block's `for_each` is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Such an ACL filters nothing while its association makes the load balancer or API look "
                    + "protected in inventories and audits; it is usually a placeholder that was never filled in.")
            .remediation("Add rules (at least the AWS managed common and known-bad-inputs rule groups), or set "
                    + "`default_action { block {} }` with explicit allow rules.")
            .reference("https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-default-action.html")
            .compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance acl : reporter.resources(module, "aws_wafv2_web_acl")) {
            String name = acl.block().address();
            List<EvaluatedBlock> defaults = acl.blocks("default_action");
            if (defaults.isEmpty()) continue;
            EvaluatedBlock action = defaults.get(0);
            if (!reporter.inThisFile(action.source().file()) || action.blocks("allow").isEmpty()) continue;
            var where = action.source().node().typeSpan();
            List<EvaluatedBlock> rules = acl.blocks("rule");
            if (rules.stream().anyMatch(r -> r.undecided().isEmpty())) continue;
            if (!rules.isEmpty()) {
                List<String> unknown = new ArrayList<>();
                for (EvaluatedBlock rule : rules) unknown.addAll(rule.undecided().orElseThrow().unknownReasons());
                reporter.undecided(where, "whether " + name + " has any rule", unknown);
                continue;
            }
            reporter.report(where, name + " allows every request by default and has no rules, so it filters "
                    + "nothing; add rules or make the default action block");
        }
    }
}
