package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** An account password policy that does not require an uppercase letter. */
public final class IamPasswordNoUppercase extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS069", "Password policy does not require uppercase letters")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_account_password_policy` whose `require_uppercase_characters` is absent (AWS's default is false) "
                    + "or false. When the value is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("Console passwords of IAM users are guessed and sprayed; every character class required "
                    + "multiplies the search space, and PCI DSS 8.3.6 asks for passwords mixing letters and numbers "
                    + "with a minimum complexity.")
            .remediation("Set `require_uppercase_characters = true` in the account password policy (and prefer SSO, which keeps "
                    + "people out of IAM user passwords altogether).")
            .reference(PasswordPolicyCheck.REFERENCE.get(0))
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.6").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_15")
            .equivalent("trivy", "AVD-AWS-0061")
            .equivalent("tfsec", "aws-iam-require-uppercase-in-passwords")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        PasswordPolicyCheck.each(module, reporter,
                (policy, name) -> PasswordPolicyCheck.required(reporter, policy, "require_uppercase_characters", "an uppercase letter"));
    }
}
