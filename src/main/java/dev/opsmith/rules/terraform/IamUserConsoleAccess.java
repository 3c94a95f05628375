package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An IAM user given a console password, where people should sign in through SSO. */
public final class IamUserConsoleAccess extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS065", "IAM user given a console password")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("Any `aws_iam_user_login_profile`: it gives an IAM user a password for the AWS console. "
                    + "Opt-in, for organisations whose people sign in only through IAM Identity Center or another "
                    + "identity provider.")
            .rationale("IAM user passwords live outside the company's identity provider: they are not removed when "
                    + "someone leaves, do not follow its MFA and session policies, and must be reviewed separately "
                    + "(PCI DSS 8.2.6, 8.3).")
            .remediation("Remove the login profile and give the person access through an IAM Identity Center "
                    + "permission set or a federated role.")
            .reference("https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html")
            .compliance("NIST-800-53:AC-2").compliance("NIST-800-53:IA-2").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV2_AWS_22")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance profile : reporter.resources(module, "aws_iam_user_login_profile")) {
            reporter.report(profile.block().header(), profile.block().address() + " gives an IAM user a console "
                    + "password; let people sign in through IAM Identity Center instead");
        }
    }
}
