package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.math.BigDecimal;
import java.util.Optional;

/** An account password policy whose minimum length is below the configured floor (14 by default). */
public final class IamPasswordMinLengthTooShort extends TerraformRule {
    static final String MIN_LENGTH = "minLength";
    static final int DEFAULT_MIN_LENGTH = 14;
    private static final BigDecimal AWS_DEFAULT = BigDecimal.valueOf(8);

    static final RuleMeta META = RuleMeta.builder("AWS066", "Password policy minimum length below 14")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_account_password_policy` whose `minimum_password_length` is absent (AWS then "
                    + "requires 8 characters) or below the setting `minLength` (default 14). When the value is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Length is what makes a password resist guessing; the CIS AWS Foundations Benchmark asks "
                    + "for at least 14 characters, above PCI DSS 8.3.6's minimum of 12.")
            .remediation("Set `minimum_password_length = 14` or more (or the value in "
                    + "`rules.settings.AWS066.minLength`).")
            .reference(PasswordPolicyCheck.REFERENCE.get(0))
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.6").compliance("CIS-AWS-3.0:1.8")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_10")
            .equivalent("trivy", "AVD-AWS-0063")
            .equivalent("tfsec", "aws-iam-set-minimum-password-length")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int min = reporter.positiveSetting(MIN_LENGTH, DEFAULT_MIN_LENGTH);
        BigDecimal floor = BigDecimal.valueOf(min);
        PasswordPolicyCheck.each(module, reporter, (policy, name) -> PasswordPolicyCheck.number(reporter, policy,
                "minimum_password_length", n -> n.compareTo(floor) < 0, Optional.of(AWS_DEFAULT),
                name + " does not set minimum_password_length, so AWS accepts 8-character passwords; set it to "
                        + min + " or more",
                name + " accepts passwords of %s characters; set minimum_password_length to " + min + " or more",
                "whether " + name + " requires " + min + "-character passwords"));
    }
}
