package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.math.BigDecimal;
import java.util.Optional;

/** An account password policy that remembers fewer than 24 previous passwords. */
public final class IamPasswordReuseAllowed extends TerraformRule {
    private static final int REMEMBERED = 24;

    static final RuleMeta META = RuleMeta.builder("AWS067", "Password policy allows recent passwords to be reused")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_account_password_policy` whose `password_reuse_prevention` is absent (AWS "
                    + "then remembers no previous password) or below 24, the most IAM remembers. When the value is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Without a reuse history a user forced to change a password can set the old one again, "
                    + "and a leaked password stays valid across rotations (PCI DSS 8.3.7 forbids reusing any of "
                    + "the last four; CIS asks for 24).")
            .remediation("Set `password_reuse_prevention = 24`.")
            .reference(PasswordPolicyCheck.REFERENCE.get(0))
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.7").compliance("CIS-AWS-3.0:1.9")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_13")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BigDecimal floor = BigDecimal.valueOf(REMEMBERED);
        PasswordPolicyCheck.each(module, reporter, (policy, name) -> PasswordPolicyCheck.number(reporter, policy,
                "password_reuse_prevention", n -> n.compareTo(floor) < 0, Optional.empty(),
                name + " does not set password_reuse_prevention, so users may reuse their previous passwords; "
                        + "set it to " + REMEMBERED,
                name + " remembers only %s previous passwords; set password_reuse_prevention to " + REMEMBERED,
                "whether " + name + " prevents password reuse"));
    }
}
