package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.PrincipalSet;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A role trusting a whole account (its root) without any condition. */
public final class IamRoleTrustsWholeAccount extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS075", "Role trusts an entire account without a condition")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A role trust policy (any of the four forms) with an `Allow` statement for an "
                    + "`sts:AssumeRole*` action whose `AWS` principal is an account root "
                    + "(`arn:aws:iam::<account>:root` or a bare 12-digit account id) and which has no condition at "
                    + "all. When the principal, actions or conditions are unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("Trusting the account root delegates the decision to that account's IAM: every user and "
                    + "role there with `sts:AssumeRole` rights on `*` can assume the role, which is usually far "
                    + "more than the one team or pipeline intended.")
            .remediation("Name the roles that may assume it (`arn:aws:iam::<account>:role/<name>`), or add a "
                    + "condition such as `aws:PrincipalArn`, `aws:PrincipalTag/...` or `sts:ExternalId`.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts")
            .compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern ROOT = Pattern.compile("^(arn:aws[a-z-]*:iam::\\d{12}:root|\\d{12})$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> trustDocuments = IamRoleTrustsEveryone.trustDataDocuments(module);
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.TRUST, IamPolicyScan.DataShape.WITH_PRINCIPALS,
                "whether the role trusts a whole account", doc -> {
                    boolean data = doc.form() == PolicyDocument.Form.DATA_SOURCE;
                    if (data && !trustDocuments.contains(doc.name()) && !IamRoleTrustsEveryone.namesAssumeAction(doc)) {
                        return;
                    }
                    judge(doc, reporter);
                });
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        for (PolicyStatement s : doc.statements()) {
            List<PolicyString> roots = s.principals().of(PrincipalSet.AWS).matching(p -> ROOT.matcher(p).matches());
            if (roots.isEmpty()) continue;
            Tri open = s.isAllow().and(IamRoleTrustsEveryone.assumes(s)).and(s.hasCondition().not());
            IamPolicyScan.decide(reporter, s, open, roots.get(0).span(),
                    doc.name() + " trusts every principal of account " + roots.get(0).text().orElse("")
                            + " without a condition; name the roles that may assume it or add a condition",
                    "whether " + doc.name() + " trusts a whole account");
        }
    }
}
