package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.ActionPattern;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.PrincipalSet;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;
import java.util.regex.Pattern;

/** A key policy that gives every KMS action to a principal other than the account root. */
public final class KmsKeyPolicyAllActionsToNonRoot extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS102",
                    "Key policy gives kms:* to a principal other than the account root")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A key policy (`policy` of `aws_kms_key` or of `aws_kms_key_policy`) with an `Allow` "
                    + "statement granting `kms:*` (or `*`) to an `AWS` principal that is not an account root (a role, "
                    + "a user, an assumed-role session) or to a `Service` principal. The account-root statement AWS "
                    + "writes by default (`arn:aws:iam::<account>:root` or the bare account id) is not reported, and "
                    + "a wildcard principal is AWS101's. Every policy form is read. When the actions or principals "
                    + "are unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("`kms:*` joins using the key with managing it: the same role can decrypt data, change the "
                    + "key policy and schedule the key's deletion. Key custodians and key users are meant to be "
                    + "different people (PCI DSS 3.6.1, least privilege).")
            .remediation("Give administrators the management actions (`kms:Create*`, `kms:Describe*`, "
                    + "`kms:Enable*`, `kms:Put*`, `kms:Update*`, `kms:Revoke*`, `kms:Disable*`, `kms:Get*`, "
                    + "`kms:Delete*`, `kms:ScheduleKeyDeletion`, `kms:CancelKeyDeletion`) and users only "
                    + "`kms:Encrypt`, `kms:Decrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*` and `kms:DescribeKey`.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html")
            .compliance("NIST-800-53:AC-6").compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.6.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    /** An account root: the bare 12-digit account id or {@code arn:<partition>:iam::<account>:root}. */
    private static final Pattern ROOT = Pattern.compile("^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:root)$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        KmsKeyPolicies.forEachStatement(module, reporter, "whether a non-root principal gets kms:* in",
                (source, statement, question) -> {
                    Tri allActions = statement.actions().strings().any(KmsKeyPolicyAllActionsToNonRoot::everyKmsAction);
                    PrincipalSet p = statement.principals();
                    Tri nonRoot = p.of(PrincipalSet.AWS).any(s -> !s.equals("*") && !ROOT.matcher(s.strip()).matches())
                            .or(p.of(PrincipalSet.SERVICE).any(s -> true));
                    if (!p.unknownReasons().isEmpty() && !nonRoot.isYes()) nonRoot = Tri.unknown(p.unknownReasons());
                    Tri finding = statement.isAllow().and(allActions).and(nonRoot);
                    List<PolicyString> granting = statement.actions().strings().matching(
                            KmsKeyPolicyAllActionsToNonRoot::everyKmsAction);
                    var at = granting.isEmpty() ? statement.actions().strings().span() : granting.get(0).span();
                    if (finding.isYes()) {
                        reporter.report(at, source.name() + " grants kms:* to a principal other than the account "
                                + "root, joining key use with key management; grant administrators and users only "
                                + "the actions they need");
                    } else if (finding.isUnknown()) {
                        reporter.undecided(at, question, finding.unknownReasons());
                    }
                });
    }

    private static boolean everyKmsAction(String pattern) {
        return ActionPattern.isAll(pattern)
                || (ActionPattern.isServiceWildcard(pattern) && ActionPattern.service(pattern).equals("kms"));
    }
}
