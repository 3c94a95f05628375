package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.ActionPattern;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.RestrictingConditions;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A role trust policy that lets any AWS principal, in any account, assume the role. */
public final class IamRoleTrustsEveryone extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS074", "Role can be assumed by any AWS principal")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_role` whose `assume_role_policy` (written with `jsonencode`, as JSON, read "
                    + "with `file()`, or built by `aws_iam_policy_document`) has an `Allow` statement for "
                    + "`sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML` (or a wildcard "
                    + "covering them) whose principal is everyone (`\"*\"` or `{\"AWS\": \"*\"}`), and whose "
                    + "conditions do not narrow the caller to known accounts, organisations or networks "
                    + "(`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceVpce`, … with a positive "
                    + "operator). A `data \"aws_iam_policy_document\"` is judged when a role uses it or when it names "
                    + "an `sts:AssumeRole*` action itself. When the principal, actions or conditions are unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Any AWS account in the world can then obtain the role's credentials and act with its "
                    + "rights; attackers enumerate role ARNs precisely to find such trusts.")
            .remediation("Name the accounts or roles that may assume the role in `Principal`, or add an "
                    + "`aws:PrincipalOrgID` condition limiting it to your organisation.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_60")
            .build();

    static final List<String> ASSUME_ACTIONS = List.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity",
            "sts:AssumeRoleWithSAML");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> trustDocuments = trustDataDocuments(module);
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.TRUST, IamPolicyScan.DataShape.WITH_PRINCIPALS,
                "whether the role trusts every AWS principal", doc -> {
                    boolean data = doc.form() == PolicyDocument.Form.DATA_SOURCE;
                    if (data && !trustDocuments.contains(doc.name()) && !namesAssumeAction(doc)) return;
                    judge(doc, reporter);
                });
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        for (PolicyStatement s : doc.statements()) {
            Tri open = s.isAllow().and(assumes(s)).and(s.principals().isWildcard())
                    .and(RestrictingConditions.narrowsPrincipal(s).not());
            IamPolicyScan.decide(reporter, s, open, s.principals().span(),
                    doc.name() + " lets any AWS principal assume the role; name the trusted accounts or roles, "
                            + "or add an aws:PrincipalOrgID condition",
                    "whether " + doc.name() + " lets any AWS principal assume the role");
        }
    }

    /** Whether the statement allows one of the assume-role actions. */
    static Tri assumes(PolicyStatement s) {
        Tri any = Tri.NO;
        for (String action : ASSUME_ACTIONS) any = any.or(s.actions().allows(action));
        return any;
    }

    /** Whether the document names an assume-role action of its own (not only through `*`). */
    static boolean namesAssumeAction(PolicyDocument doc) {
        return doc.statements().stream().anyMatch(s -> !s.actions().strings().matching(
                p -> ActionPattern.service(p).equals("sts") && ASSUME_ACTIONS.stream()
                        .anyMatch(a -> ActionPattern.matches(p, a))).isEmpty());
    }

    /** The data documents some role of the module uses as its trust policy. */
    static Set<String> trustDataDocuments(EvaluatedModule module) {
        Set<String> names = new HashSet<>();
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module, PolicyDocuments.Kind.TRUST)) {
            PolicyDocuments.read(module, source).document()
                    .filter(d -> d.form() == PolicyDocument.Form.DATA_SOURCE).ifPresent(d -> names.add(d.name()));
        }
        return names;
    }
}
