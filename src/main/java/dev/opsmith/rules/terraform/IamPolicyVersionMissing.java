package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyString;

/** A policy without the current policy language version, so policy variables are taken literally. */
public final class IamPolicyVersionMissing extends TerraformRule {
    static final String CURRENT = "2012-10-17";

    static final RuleMeta META = RuleMeta.builder("AWS081", "Policy lacks \"Version\": \"2012-10-17\"")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A policy written with `jsonencode`, as a JSON string or read with `file()` / "
                    + "`templatefile()`, in any policy attribute of IAM, S3, KMS, SQS, SNS, ECR, OpenSearch, Backup, "
                    + "Secrets Manager or API Gateway resources, whose `Version` is absent or `2008-10-17`. "
                    + "`data \"aws_iam_policy_document\"` is not judged: the provider writes the version. When the "
                    + "version is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Without `2012-10-17`, IAM evaluates the policy with the 2008 language, where policy "
                    + "variables such as `${aws:username}` or `${aws:PrincipalTag/team}` are plain text: a statement "
                    + "meant to scope access per user silently matches nothing, or the wrong thing.")
            .remediation("Add `\"Version\": \"2012-10-17\"` at the top of the policy.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html")
            .compliance("NIST-800-53:CM-2").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.ANY, IamPolicyScan.DataShape.NONE,
                "whether the policy sets Version 2012-10-17", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        if (!reporter.inThisFile(doc.file())) return;
        if (doc.version().isEmpty()) {
            reporter.report(doc.span(), doc.name() + " has no Version, so IAM reads it with the 2008 policy "
                    + "language; add \"Version\": \"" + CURRENT + "\"");
            return;
        }
        PolicyString version = doc.version().get();
        if (!version.isKnown()) {
            reporter.undecided(version.span(), "whether " + doc.name() + " sets Version " + CURRENT,
                    version.unknownReasons());
        } else if (!version.is(CURRENT)) {
            reporter.report(version.span(), doc.name() + " uses policy language version " + version.text().get()
                    + ", in which policy variables are plain text; set \"Version\": \"" + CURRENT + "\"");
        }
    }
}
