package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The AWS-managed AdministratorAccess policy attached to a role or a group. */
public final class IamAdministratorAccessOnRoleOrGroup extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS062", "AWS AdministratorAccess attached to a role or group")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("The AWS-managed `AdministratorAccess` policy (in any partition) attached to a role or a "
                    + "group: `aws_iam_role_policy_attachment`, `aws_iam_group_policy_attachment`, "
                    + "`aws_iam_policy_attachment` with `roles` or `groups`, `aws_iam_role.managed_policy_arns`, or "
                    + "the exclusive attachment resources (`aws_iam_role_policy_attachments_exclusive`, "
                    + "`aws_iam_group_policy_attachments_exclusive`). Users are AWS061's. When the ARN is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Workload roles rarely need every permission, and every principal that can assume an "
                    + "administrator role or join an administrator group is an administrator. Keep such roles few, "
                    + "named, MFA-protected and reviewed (PCI DSS 7.2.1).")
            .remediation("Attach a policy listing the actions the role or group needs; keep administrator access "
                    + "to a break-glass role that requires MFA.")
            .reference("https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html")
            .compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:7.2.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern ADMIN = Pattern.compile("^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$");

    /** Resource type → the attribute holding policy ARNs. */
    private static final Map<String, String> ARNS = Map.of(
            "aws_iam_role_policy_attachment", "policy_arn",
            "aws_iam_group_policy_attachment", "policy_arn",
            "aws_iam_role", "managed_policy_arns",
            "aws_iam_role_policy_attachments_exclusive", "policy_arns",
            "aws_iam_group_policy_attachments_exclusive", "policy_arns");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (Map.Entry<String, String> e : ARNS.entrySet()) {
            for (ResourceInstance r : reporter.resources(module, e.getKey())) {
                r.attribute(e.getValue()).ifPresent(a -> judge(reporter, r, a));
            }
        }
        for (ResourceInstance r : reporter.resources(module, "aws_iam_policy_attachment")) {
            boolean rolesOrGroups = List.of("roles", "groups").stream()
                    .map(r::value).anyMatch(v -> v.isList() && !v.items().isEmpty());
            if (rolesOrGroups) r.attribute("policy_arn").ifPresent(a -> judge(reporter, r, a));
        }
    }

    private static void judge(Reporter reporter, ResourceInstance r, EvaluatedAttribute attribute) {
        if (!reporter.inThisFile(attribute)) return;
        String name = r.block().address();
        Span whole = attribute.source().node().value().span();
        Value v = attribute.value();
        List<Value> items = v.isList() ? v.items() : List.of(v);
        for (Value item : items) {
            Optional<String> arn = item.string();
            Span at = item.origin().filter(o -> o.file().equals(attribute.source().file().relativePath()))
                    .map(o -> o.span()).orElse(whole);
            if (arn.isPresent() && ADMIN.matcher(arn.get()).matches()) {
                reporter.report(at, name + " attaches the AWS-managed AdministratorAccess policy; attach a policy "
                        + "with the actions it needs");
            } else if (!item.isKnown() && !looksLikeReference(item)) {
                reporter.undecided(at, "whether " + name + " attaches AdministratorAccess", item.unknownReasons());
            }
        }
    }

    /** A reference to a policy of the scan (known after apply) is a customer policy, never the AWS-managed one. */
    private static boolean looksLikeReference(Value v) {
        return v.unknownReasons().stream().anyMatch(r -> r.matches("^aws_iam_policy\\.\\S+\\.arn is known only after apply$"));
    }
}
