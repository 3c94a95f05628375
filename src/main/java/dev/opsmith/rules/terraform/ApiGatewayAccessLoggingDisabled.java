package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** An API stage (REST, HTTP or WebSocket) that writes no access log. */
public final class ApiGatewayAccessLoggingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS265", "API stage without access logging")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_stage` (REST) or `aws_apigatewayv2_stage` (HTTP and WebSocket) "
                    + "without an `access_log_settings` block, or whose block has no `destination_arn`. A "
                    + "`dynamic` block whose `for_each` is unknown is left undecided; --show-unknown names the "
                    + "unknown input.")
            .rationale("Access logs are the record of who called which route, from where, with which identity and "
                    + "result: without them, abuse of a payment API or a credential-stuffing attempt leaves no "
                    + "trace to investigate (PCI DSS 10.2.1).")
            .remediation("Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn format = "
                    + "jsonencode({ requestId = \"$context.requestId\", ip = \"$context.identity.sourceIp\", ... }) }`.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_76").equivalent("trivy", "AVD-AWS-0001")
            .equivalent("tfsec", "aws-api-gateway-enable-access-logging")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> stages = new ArrayList<>(reporter.resources(module, "aws_api_gateway_stage"));
        stages.addAll(reporter.resources(module, "aws_apigatewayv2_stage"));
        for (ResourceInstance stage : stages) {
            String name = stage.block().address();
            NestedBlock.Result settings = NestedBlock.find(stage, "access_log_settings");
            switch (settings.state()) {
                case UNDECIDED -> reporter.undecided(settings.nearest(), "whether " + name + " writes access logs",
                        settings.unknownReasons());
                case MISSING -> reporter.report(stage.block().header(), name + " has no access_log_settings, so "
                        + "calls to it are not logged; add access_log_settings with a log group destination_arn");
                case FOUND -> {
                    Value destination = settings.block().get().attribute("destination_arn").map(a -> a.value())
                            .orElse(Value.absent("destination_arn"));
                    if (destination.isAbsent() || destination.isNull()) {
                        reporter.report(stage.block().header(), name + " has access_log_settings without a "
                                + "destination_arn, so calls to it are not logged; set destination_arn");
                    }
                }
            }
        }
    }
}
