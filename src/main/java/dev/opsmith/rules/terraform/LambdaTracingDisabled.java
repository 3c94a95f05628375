package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A Lambda function that does not send X-Ray traces of its invocations. */
public final class LambdaTracingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS240", "Function without X-Ray active tracing")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function` without a `tracing_config` block (Lambda then only passes on a "
                    + "trace header it receives), or whose `tracing_config.mode` is `PassThrough`. `Active` is "
                    + "compliant. When the mode is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("Active tracing samples every entry point and records the calls the function makes to "
                    + "other services, which is the evidence needed to follow a payment through a chain of "
                    + "functions and to investigate unexpected calls during an incident.")
            .remediation("Add `tracing_config { mode = \"Active\" }` and allow the execution role "
                    + "`xray:PutTraceSegments` and `xray:PutTelemetryRecords` (the AWSXRayDaemonWriteAccess "
                    + "policy).")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html")
            .compliance("NIST-800-53:AU-12").compliance("NIST-800-53:SI-4").compliance("SOC2:CC7.2")
            .compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_50")
            .equivalent("trivy", "AVD-AWS-0066")
            .equivalent("tfsec", "aws-lambda-enable-tracing")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            var configs = function.blocks("tracing_config");
            if (configs.isEmpty()) {
                reporter.report(function.block().header(), name + " has no tracing_config, so its invocations are "
                        + "not traced with X-Ray; add tracing_config { mode = \"Active\" }");
                continue;
            }
            EvaluatedBlock config = configs.get(0);
            if (!reporter.inThisFile(config.source().file())) continue;
            var where = config.source().node().typeSpan();
            String question = "whether " + name + " has active X-Ray tracing";
            if (config.undecided().isPresent()) {
                reporter.undecided(where, question, config.undecided().get().unknownReasons());
                continue;
            }
            var mode = config.attribute("mode");
            if (mode.isEmpty() || mode.get().value().isNull()) {
                reporter.report(where, name + " has a tracing_config without mode, so its invocations are not "
                        + "traced; set mode = \"Active\"");
                continue;
            }
            Value v = mode.get().value();
            var at = mode.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, question, v.unknownReasons());
            } else if (v.string().map("PassThrough"::equals).orElse(false)) {
                reporter.report(at, name + " sets tracing_config mode = \"PassThrough\": it only forwards trace "
                        + "headers it receives and records nothing itself; set mode = \"Active\"");
            }
        }
    }
}
