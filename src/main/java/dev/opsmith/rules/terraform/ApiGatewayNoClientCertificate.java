package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** A REST API stage that does not prove its identity to the HTTP backends it calls. */
public final class ApiGatewayNoClientCertificate extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS272", "REST stage presents no client certificate to the backend")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_api_gateway_stage` without `client_certificate_id`. Opt-in: it matters for "
                    + "stages with HTTP integrations to backends reachable from elsewhere; Lambda and VPC link "
                    + "integrations do not need it.")
            .rationale("With a client certificate, an HTTP backend can verify that a request really comes from "
                    + "API Gateway (and from this stage) and refuse calls that bypass the API's authorisation, "
                    + "throttling and WAF.")
            .remediation("Create an `aws_api_gateway_client_certificate`, set `client_certificate_id` on the "
                    + "stage, and have the backend require mutual TLS with that certificate.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html")
            .compliance("NIST-800-53:SC-8").compliance("NIST-800-53:IA-3").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV2_AWS_51")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance stage : reporter.resources(module, "aws_api_gateway_stage")) {
            Value certificate = stage.value("client_certificate_id");
            if (certificate.isAbsent() || certificate.isNull()) {
                reporter.report(stage.block().header(), stage.block().address() + " has no client_certificate_id, "
                        + "so its HTTP backends cannot tell its calls from others; attach an "
                        + "aws_api_gateway_client_certificate");
            }
        }
    }
}
