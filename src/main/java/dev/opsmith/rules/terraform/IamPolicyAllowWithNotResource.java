package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.Tri;

/** An Allow statement written with NotResource: it grants on everything except the listed resources. */
public final class IamPolicyAllowWithNotResource extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS059", "Allow statement uses NotResource")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `Allow` statement with `NotResource` (`not_resources` in `aws_iam_policy_document`) in "
                    + "any identity, trust or resource policy, in any of the forms Terraform writes one. `Deny` with "
                    + "`NotResource` is not reported. When the effect is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("`Allow` + `NotResource` grants the actions on every resource except those listed, "
                    + "including resources created later and resources of other accounts the actions can reach.")
            .remediation("List the resources the actions apply to in `Resource` instead; keep `NotResource` for "
                    + "`Deny` statements.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html")
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
                "whether the policy allows with NotResource", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        for (PolicyStatement s : doc.statements()) {
            if (!s.notResources().written()) continue;
            Tri allow = s.isAllow();
            IamPolicyScan.decide(reporter, s, allow, s.notResources().span(),
                    doc.name() + " allows on every resource except those in NotResource; list the resources in "
                            + "Resource instead",
                    "whether " + doc.name() + " allows with NotResource");
        }
    }
}
