package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.ActionPattern;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;

/** An identity policy with an unconditioned statement allowing every action on every resource. */
public final class IamPolicyFullAdmin extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS050", "Policy grants every action on every resource")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An identity policy (`aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, "
                    + "`aws_iam_group_policy`, an `inline_policy` of `aws_iam_role`, or a `data "
                    + "\"aws_iam_policy_document\"` without principals) with an `Allow` statement whose `Action` is "
                    + "`*` (or `*:*`) and whose `Resource` is `*`, without any condition. The policy may be written "
                    + "with `jsonencode`, as a heredoc or quoted JSON string, read with `file()`/`templatefile()`, or "
                    + "built by `aws_iam_policy_document`. When the action, resource or effect is unknown, nothing "
                    + "is reported; --show-unknown names the unknown input.")
            .rationale("Whoever holds this policy is an administrator of the account: they can read every data "
                    + "store, disable the audit trail and grant themselves anything else. Least privilege (PCI DSS "
                    + "7.2.1) means granting the actions a workload needs on the resources it uses.")
            .remediation("List the actions the principal needs and the ARNs it works on. For people, use the "
                    + "AWS-managed job-function policies through SSO permission sets instead of a custom admin "
                    + "policy.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
            .compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:7.2.1").compliance("PCI-DSS-4.0:7.2.2")
            .compliance("CIS-AWS-3.0:1.16").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_1", "CKV_AWS_62")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.IDENTITY, IamPolicyScan.DataShape.IDENTITY,
                "whether the policy grants every action on every resource", doc -> judge(doc, reporter));
    }

    /** Whether a statement is the full-admin grant: Allow, `*` actions, `*` resources, no condition. */
    static Tri isFullAdmin(PolicyStatement s) {
        return s.isAllow().and(s.actions().isAll()).and(s.resources().hasWildcard()).and(s.hasCondition().not());
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        boolean found = false;
        for (PolicyStatement s : doc.statements()) {
            Tri admin = isFullAdmin(s);
            found |= admin.isYes();
            List<PolicyString> all = s.actions().strings().matching(ActionPattern::isAll);
            IamPolicyScan.decide(reporter, s, admin, all.isEmpty() ? s.span() : all.get(0).span(),
                    doc.name() + " allows every action on every resource: it makes its holder an administrator "
                            + "of the account; list the actions and resources it needs",
                    "whether " + doc.name() + " grants every action on every resource");
        }
        if (!found) IamPolicyScan.undecidedRest(reporter, doc, "whether " + doc.name() + " grants every action on every resource");
    }
}
