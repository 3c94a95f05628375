package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A REST API stage that does not send traces to X-Ray. */
public final class ApiGatewayTracingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS267", "REST stage without X-Ray tracing")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_stage` whose `xray_tracing_enabled` is absent (default false) or "
                    + "false. HTTP and WebSocket stages do not support X-Ray and are not read. When the value is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Traces follow a request from the API through the integrations behind it; they show where "
                    + "a payment call failed or slowed down and which downstream services an unusual request "
                    + "touched, which logs alone rarely do.")
            .remediation("Set `xray_tracing_enabled = true` and give the integrations' roles permission to send "
                    + "trace segments.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html")
            .compliance("NIST-800-53:SI-4").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_73").equivalent("trivy", "AVD-AWS-0003")
            .equivalent("tfsec", "aws-api-gateway-enable-tracing")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance stage : reporter.resources(module, "aws_api_gateway_stage")) {
            String name = stage.block().address();
            ExpectedFlag.check(reporter, stage.block().header(), stage.attribute("xray_tracing_enabled"), true, false,
                    name + " does not set xray_tracing_enabled, so its requests are not traced; set "
                            + "xray_tracing_enabled = true",
                    name + " sets xray_tracing_enabled = false: its requests are not traced; set it to true",
                    "whether " + name + " is traced");
        }
    }
}
