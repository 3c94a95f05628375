package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.math.BigDecimal;
import java.util.Optional;

/** An account password policy under which passwords live longer than 90 days, or forever. */
public final class IamPasswordNoExpiry extends TerraformRule {
    private static final int MAX_DAYS = 90;

    static final RuleMeta META = RuleMeta.builder("AWS072", "Password policy lets passwords live longer than 90 days")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_account_password_policy` whose `max_password_age` is absent or 0 (passwords "
                    + "never expire) or above 90 days. When the value is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("A password that never expires stays usable for as long as it is leaked and unnoticed; "
                    + "PCI DSS 8.3.9 asks that passwords used as the only factor be changed at least every 90 "
                    + "days.")
            .remediation("Set `max_password_age = 90` (or less), or move people to SSO with MFA.")
            .reference(PasswordPolicyCheck.REFERENCE.get(0))
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.9").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_9")
            .equivalent("trivy", "AVD-AWS-0062")
            .equivalent("tfsec", "aws-iam-set-max-password-age")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BigDecimal max = BigDecimal.valueOf(MAX_DAYS);
        PasswordPolicyCheck.each(module, reporter, (policy, name) -> PasswordPolicyCheck.number(reporter, policy,
                "max_password_age", n -> n.signum() <= 0 || n.compareTo(max) > 0, Optional.empty(),
                name + " does not set max_password_age, so passwords never expire; set it to " + MAX_DAYS
                        + " or less",
                name + " sets max_password_age = %s; set it between 1 and " + MAX_DAYS,
                "whether " + name + " expires passwords within " + MAX_DAYS + " days"));
    }
}
