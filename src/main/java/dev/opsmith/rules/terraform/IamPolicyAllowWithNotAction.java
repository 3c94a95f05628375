package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.Tri;

/** An Allow statement written with NotAction: it grants everything except the listed actions. */
public final class IamPolicyAllowWithNotAction extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS058", "Allow statement uses NotAction")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `Allow` statement with `NotAction` (`not_actions` in `aws_iam_policy_document`) in any "
                    + "identity, trust or resource policy, in any of the forms Terraform writes one. `Deny` with "
                    + "`NotAction` (the usual guard-rail pattern) is not reported. When the effect is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("`Allow` + `NotAction` grants every action of every service except those listed, including "
                    + "actions AWS adds later; reviewers read it as a restriction when it is a near-administrator "
                    + "grant.")
            .remediation("List the allowed actions in `Action` instead; keep `NotAction` for `Deny` statements.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html")
            .compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.ANY, IamPolicyScan.DataShape.ALL,
                "whether the policy allows with NotAction", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        for (PolicyStatement s : doc.statements()) {
            if (!s.notActions().written()) continue;
            Tri allow = s.isAllow();
            IamPolicyScan.decide(reporter, s, allow, s.notActions().strings().span(),
                    doc.name() + " allows every action except those in NotAction, including future ones; list "
                            + "the allowed actions in Action instead",
                    "whether " + doc.name() + " allows with NotAction");
        }
    }
}
