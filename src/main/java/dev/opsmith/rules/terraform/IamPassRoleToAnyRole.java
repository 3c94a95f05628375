package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;
import java.util.regex.Pattern;

/** An identity policy letting its holder pass any role to any service. */
public final class IamPassRoleToAnyRole extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS057", "iam:PassRole allowed for any role")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `Allow` statement of an identity policy (any of the four forms) whose actions cover "
                    + "`iam:PassRole` (`iam:PassRole`, `iam:Pass*`, `iam:*`, `*`) on `Resource: \"*\"` or on every "
                    + "role of an account (`arn:aws:iam::<account or *>:role/*`), without an `iam:PassedToService` "
                    + "condition. When the effect, actions, resources or conditions are unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("Passing a role to a service (a Lambda function, an EC2 instance, a Glue job) lets code run "
                    + "with that role's rights. Allowed for any role, it lets the holder borrow the most privileged "
                    + "role in the account: a classic privilege escalation.")
            .remediation("Name the roles that may be passed in `Resource`, and add a `StringEquals` condition on "
                    + "`iam:PassedToService` for the service that needs them.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")
            .compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern EVERY_ROLE = Pattern.compile("^arn:aws[a-z-]*:iam::[^:]*:role/\\*$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.IDENTITY, IamPolicyScan.DataShape.IDENTITY,
                "whether the policy lets any role be passed", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        for (PolicyStatement s : doc.statements()) {
            Tri unconditioned = s.conditionsOn("iam:PassedToService").isEmpty()
                    ? (s.conditionUnknownReasons().isEmpty() ? Tri.YES : Tri.unknown(s.conditionUnknownReasons()))
                    : Tri.NO;
            Tri anyRole = s.resources().any(r -> r.equals("*") || EVERY_ROLE.matcher(r).matches());
            Tri open = s.isAllow().and(s.actions().allows("iam:PassRole")).and(anyRole).and(unconditioned);
            List<PolicyString> granting = s.actions().granting("iam:PassRole");
            IamPolicyScan.decide(reporter, s, open, granting.isEmpty() ? s.span() : granting.get(0).span(),
                    doc.name() + " lets its holder pass any role to any service; name the roles in Resource and "
                            + "add an iam:PassedToService condition",
                    "whether " + doc.name() + " lets any role be passed");
        }
    }
}
