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

/** A statement allowing every action, on whatever resources it names. */
public final class IamPolicyAllowsAllActions extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS051", "Policy allows every action")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `Allow` statement whose `Action` is `*` (or `*:*`) in any identity, trust or resource "
                    + "policy (the policy attributes of IAM, S3, KMS, SQS, SNS, ECR, OpenSearch, Backup, Secrets "
                    + "Manager and API Gateway resources, and `data \"aws_iam_policy_document\"`), in any of the "
                    + "forms Terraform writes a policy in. Identity-policy statements that also allow every resource "
                    + "without a condition are AWS050's and are not repeated here. When the effect or actions are "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("`*` grants every present and future action of every service, including deleting data, "
                    + "changing permissions and turning off logging, on whatever the statement's resources cover. "
                    + "Least privilege (PCI DSS 7.2.1) needs an explicit list.")
            .remediation("Replace `*` with the actions the principal needs, e.g. `s3:GetObject` and "
                    + "`s3:PutObject`; IAM Access Analyzer can generate the list from CloudTrail activity.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html")
            .compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:7.2.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.ANY, IamPolicyScan.DataShape.ALL,
                "whether the policy allows every action", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        boolean found = false;
        for (PolicyStatement s : doc.statements()) {
            if (!doc.hasPrincipals() && IamPolicyFullAdmin.isFullAdmin(s).isYes()) continue;
            Tri all = s.isAllow().and(s.actions().isAll());
            found |= all.isYes();
            List<PolicyString> star = s.actions().strings().matching(ActionPattern::isAll);
            IamPolicyScan.decide(reporter, s, all, star.isEmpty() ? s.span() : star.get(0).span(),
                    doc.name() + " allows every action (\"*\"); list the actions its principals need",
                    "whether " + doc.name() + " allows every action");
        }
        if (!found) IamPolicyScan.undecidedRest(reporter, doc, "whether " + doc.name() + " allows every action");
    }
}
