package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.RestrictingConditions;
import dev.opsmith.rules.terraform.support.Tri;

/** A key policy that lets anyone use or manage the key. */
public final class KmsKeyPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS101", "Key policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A key policy (`policy` of `aws_kms_key` or of `aws_kms_key_policy`) with an `Allow` "
                    + "statement whose principal is everyone (`\"*\"` or `{\"AWS\": \"*\"}`) and whose conditions "
                    + "do not narrow the caller (`kms:CallerAccount`, `kms:ViaService`, `aws:PrincipalOrgID`, "
                    + "`aws:SourceArn` and similar positive matches narrow). The policy is read in every form: "
                    + "`jsonencode`, heredoc or `file()` JSON, and `aws_iam_policy_document`. When the policy, its "
                    + "principal or its conditions are unknown, nothing is reported (--show-unknown names the unknown "
                    + "inputs).")
            .rationale("A key policy is the root of access to the key: `Principal: \"*\"` lets any AWS account use "
                    + "the key (and, with management actions, take it over), so whatever it encrypts is only as "
                    + "private as the other policies in the way (PCI DSS 3.6.1 asks for keys restricted to the "
                    + "fewest custodians).")
            .remediation("Name the account root, the key administrators and the roles that use the key in "
                    + "`Principal`, or add a `kms:CallerAccount` or `aws:PrincipalOrgID` condition.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        KmsKeyPolicies.forEachStatement(module, reporter, "whether everyone may use the key of",
                (source, statement, question) -> {
                    Tri open = statement.isAllow().and(statement.principals().isWildcard())
                            .and(RestrictingConditions.narrowsPrincipal(statement).not());
                    if (open.isYes()) {
                        reporter.report(statement.principals().span(), source.name() + " allows everyone to use "
                                + "the key; name the principals, or add a kms:CallerAccount or aws:PrincipalOrgID "
                                + "condition");
                    } else if (open.isUnknown()) {
                        reporter.undecided(statement.principals().span(), question, open.unknownReasons());
                    }
                });
    }
}
