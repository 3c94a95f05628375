package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** An IAM user of the scan that no group membership names. */
public final class IamUserNotInGroup extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS082", "IAM user belongs to no group")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_iam_user` that no `aws_iam_user_group_membership` (`user`) and no "
                    + "`aws_iam_group_membership` (`users`) of the same module names, by reference or by name. Opt-in: "
                    + "memberships are often managed elsewhere. When a membership's user cannot be resolved, nothing "
                    + "is reported; --show-unknown names the unknown input.")
            .rationale("A user outside every group either has no rights (and is probably unused) or gets them "
                    + "directly, which is hard to review; groups keep rights in one reviewable place.")
            .remediation("Add the user to the group that carries its rights, or remove the user.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html")
            .compliance("SOC2:CC6.2")
            .equivalent("checkov", "CKV2_AWS_21")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance user : reporter.resources(module, "aws_iam_user")) {
            References.Referrers single = References.referrers(module, user, "aws_iam_user_group_membership",
                    "user", "name");
            References.Referrers group = References.referrers(module, user, "aws_iam_group_membership", "users",
                    "name");
            if (!single.isEmpty() || !group.isEmpty()) continue;
            String name = user.block().address();
            List<String> unknown = new ArrayList<>(single.unknownReasons());
            unknown.addAll(group.unknownReasons());
            if (unknown.isEmpty()) {
                reporter.report(user.block().header(), name + " belongs to no group; add it to the group that "
                        + "carries its rights, or remove it");
            } else {
                reporter.undecided(user.block().header(), "whether " + name + " belongs to a group", unknown);
            }
        }
    }
}
