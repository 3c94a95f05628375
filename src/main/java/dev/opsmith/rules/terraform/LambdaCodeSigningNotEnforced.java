package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A Lambda function that accepts any deployment package, signed or not. */
public final class LambdaCodeSigningNotEnforced extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS250", "Function does not require signed code")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_lambda_function` without `code_signing_config_arn`. Opt-in: code signing needs "
                    + "an AWS Signer profile and a signing step in the pipeline. When the value is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Without a code signing configuration, anyone who can call `lambda:UpdateFunctionCode` can "
                    + "replace the function with code that never went through review and the build pipeline; "
                    + "with one, Lambda rejects packages not signed by a trusted publisher.")
            .remediation("Create an `aws_signer_signing_profile` and an `aws_lambda_code_signing_config` whose "
                    + "policy enforces (`untrusted_artifact_on_deployment = \"Enforce\"`), sign packages in the "
                    + "pipeline, and set `code_signing_config_arn`.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html")
            .compliance("NIST-800-53:SI-7").compliance("NIST-800-53:CM-14").compliance("SOC2:CC8.1")
            .compliance("DORA:Art.9(4)(e)")
            .equivalent("checkov", "CKV_AWS_272")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            var attribute = function.attribute("code_signing_config_arn");
            Value v = function.value("code_signing_config_arn");
            boolean empty = v.isAbsent() || v.isNull() || v.string().map(String::isBlank).orElse(false);
            if (attribute.isPresent() && !reporter.inThisFile(attribute.get())) continue;
            var at = attribute.map(a -> a.source().node().span()).orElse(function.block().header());
            if (!v.isKnown() && !v.isAbsent()) {
                reporter.undecided(at, "whether " + name + " requires signed code", v.unknownReasons());
            } else if (empty) {
                reporter.report(at, name + " has no code_signing_config_arn, so unsigned code can be deployed to "
                        + "it; attach a code signing configuration that enforces signatures");
            }
        }
    }
}
