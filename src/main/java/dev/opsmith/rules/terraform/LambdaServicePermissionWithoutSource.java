package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A Lambda permission for an AWS service that any resource of that service, in any account, can use. */
public final class LambdaServicePermissionWithoutSource extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS246", "Service permission not tied to a source resource")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_permission` whose `principal` is a service (`s3.amazonaws.com`, "
                    + "`sns.amazonaws.com`, `events.amazonaws.com`, …) and that sets neither `source_arn` nor "
                    + "`source_account`. When the principal is unknown, nothing is reported; --show-unknown names "
                    + "the unknown input.")
            .rationale("A permission for a service principal alone lets that service invoke the function on "
                    + "behalf of any customer's resource: a bucket or topic in another account can be pointed at "
                    + "the function (the confused deputy problem) and feed it forged payment events.")
            .remediation("Add `source_arn` naming the bucket, topic, rule or API that calls the function, and "
                    + "`source_account` for services such as S3 whose ARNs carry no account.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_364")
            .equivalent("trivy", "AVD-AWS-0067")
            .equivalent("tfsec", "aws-lambda-restrict-source-arn")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance permission : reporter.resources(module, "aws_lambda_permission")) {
            var principal = permission.attribute("principal");
            if (principal.isEmpty() || !reporter.inThisFile(principal.get())) continue;
            if (LambdaPermissionPublic.isWritten(permission.value("source_arn"))
                    || LambdaPermissionPublic.isWritten(permission.value("source_account"))) {
                continue;
            }
            String name = permission.block().address();
            Value v = principal.get().value();
            var at = principal.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " is a service permission without a source",
                        v.unknownReasons());
            } else if (v.string().map(s -> s.strip().endsWith(".amazonaws.com")).orElse(false)) {
                reporter.report(at, name + " lets " + v.string().get().strip() + " invoke the function for any "
                        + "source resource; set source_arn (and source_account) to the resource that calls it");
            }
        }
    }
}
