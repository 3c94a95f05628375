package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** Permissions given straight to an IAM user instead of through a group or role. */
public final class IamPolicyAttachedToUser extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS060", "Policy attached directly to an IAM user")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_user_policy` (inline policy of a user), an `aws_iam_user_policy_attachment`, "
                    + "or an `aws_iam_policy_attachment` whose `users` list is not empty. Attachments to groups and "
                    + "roles are not reported. When `users` is unknown, nothing is reported; --show-unknown names the "
                    + "unknown input.")
            .rationale("Rights held by individual users are hard to review and are forgotten when people change "
                    + "jobs; granting them through groups (or, better, roles assumed through SSO) keeps the access "
                    + "review of PCI DSS 7.2.4 to a list of groups and their members.")
            .remediation("Attach the policy to a group and add the user to it, or replace the user with a role "
                    + "assumed through IAM Identity Center.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html")
            .compliance("NIST-800-53:AC-2").compliance("NIST-800-53:AC-6").compliance("CIS-AWS-3.0:1.15")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.2").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_40")
            .equivalent("trivy", "AVD-AWS-0143")
            .equivalent("tfsec", "aws-iam-no-user-attached-policies")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance p : reporter.resources(module, "aws_iam_user_policy")) {
            String name = p.block().address();
            reporter.report(p.block().header(), name + " gives a user an inline policy; grant it through a group "
                    + "or a role instead");
        }
        for (ResourceInstance a : reporter.resources(module, "aws_iam_user_policy_attachment")) {
            String name = a.block().address();
            reporter.report(a.block().header(), name + " attaches a policy directly to a user; attach it to a "
                    + "group or a role instead");
        }
        for (ResourceInstance a : reporter.resources(module, "aws_iam_policy_attachment")) {
            Optional<EvaluatedAttribute> users = a.attribute("users");
            if (users.isEmpty() || !reporter.inThisFile(users.get())) continue;
            Value v = users.get().value();
            String name = a.block().address();
            if (v.isList() && !v.items().isEmpty()) {
                reporter.report(users.get().source().node().value().span(), name + " attaches a policy directly "
                        + "to users; list groups or roles instead");
            } else if (!v.isKnown()) {
                reporter.undecided(users.get().source().node().value().span(),
                        "whether " + name + " attaches a policy to users", v.unknownReasons());
            }
        }
    }
}
