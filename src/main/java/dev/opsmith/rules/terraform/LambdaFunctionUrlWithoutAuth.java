package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A Lambda function URL that anyone on the internet can call without signing the request. */
public final class LambdaFunctionUrlWithoutAuth extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS247", "Function URL has no authentication")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function_url` whose `authorization_type` is `NONE`. `AWS_IAM` is "
                    + "compliant. When the type is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("A function URL is a public HTTPS endpoint. Without IAM authorization every request from "
                    + "the internet runs the function with its execution role, so the function's own code is the "
                    + "only access control left in front of the data and services that role can reach.")
            .remediation("Set `authorization_type = \"AWS_IAM\"` and have callers sign their requests, or put the "
                    + "function behind API Gateway or CloudFront with an authorizer.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:IA-2").compliance("PCI-DSS-4.0:1.4.1")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_258")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance url : reporter.resources(module, "aws_lambda_function_url")) {
            var attribute = url.attribute("authorization_type");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            String name = url.block().address();
            Value v = attribute.get().value();
            var at = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " requires authentication", v.unknownReasons());
            } else if (v.string().map("NONE"::equals).orElse(false)) {
                reporter.report(at, name + " sets authorization_type = \"NONE\": anyone on the internet can invoke "
                        + "the function; set it to \"AWS_IAM\"");
            }
        }
    }
}
