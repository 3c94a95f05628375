package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.Set;

/** An ECR repository policy that lets everyone, in any AWS account or none, use the repository. */
public final class EcrRepositoryPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS238", "Repository policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ecr_repository_policy` with an `Allow` statement whose principal is `*` (or "
                    + "`{\"AWS\": \"*\"}`) and no condition that narrows the callers (`aws:PrincipalOrgID`, "
                    + "`aws:SourceAccount`, `aws:SourceArn`, `aws:PrincipalAccount` and the like). The policy is read "
                    + "in every form: `jsonencode`, a heredoc or JSON string, `file()`, and "
                    + "`data \"aws_iam_policy_document\"`. A policy or principal that cannot be known is left "
                    + "undecided.")
            .rationale("A public repository lets anyone pull the images, with the internal code, dependencies and "
                    + "sometimes configuration they embed; with push actions allowed, anyone can replace the image "
                    + "the payment services deploy.")
            .remediation("Name the accounts or roles that may pull (`Principal = { AWS = \"arn:aws:iam::<account>:root\" "
                    + "}`), or keep the wildcard and add a condition such as `aws:PrincipalOrgID`.")
            .reference("https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html")
            .compliance("NIST-800-53:AC-3").compliance("PCI-DSS-4.0:1.4.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.2").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_32")
            .equivalent("trivy", "AVD-AWS-0032")
            .equivalent("tfsec", "aws-ecr-no-public-access")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, Set.of("aws_ecr_repository_policy"), "whether the repository "
                + "policy allows everyone", doc -> QueueTopicPolicies.judgePublic(doc, reporter, "repository"));
    }
}
