package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** An API served through a custom domain whose default {@code execute-api} endpoint still answers. */
public final class ApiGatewayDefaultEndpointEnabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS273", "Default API endpoint enabled beside a custom domain")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_api_gateway_rest_api` or `aws_apigatewayv2_api` that an "
                    + "`aws_api_gateway_base_path_mapping` or `aws_apigatewayv2_api_mapping` of the scan maps to a "
                    + "custom domain, and whose `disable_execute_api_endpoint` is absent (default false) or false. "
                    + "APIs without a mapping are not read. When a mapping cannot be linked or the flag is unknown, "
                    + "nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("The default `https://{id}.execute-api.{region}.amazonaws.com` endpoint bypasses whatever "
                    + "the custom domain enforces: its TLS policy, mutual TLS truststore and the WAF or CloudFront "
                    + "in front of it.")
            .remediation("Set `disable_execute_api_endpoint = true` once clients use the custom domain.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-disable-default-endpoint.html")
            .compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    private static final List<String> MAPPINGS = List.of("aws_api_gateway_base_path_mapping",
            "aws_apigatewayv2_api_mapping");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> apis = new ArrayList<>(reporter.resources(module, "aws_api_gateway_rest_api"));
        apis.addAll(reporter.resources(module, "aws_apigatewayv2_api"));
        for (ResourceInstance api : apis) {
            if (api.value("disable_execute_api_endpoint").isTrue()) continue;
            boolean mapped = false;
            List<String> unknown = new ArrayList<>();
            for (String type : MAPPINGS) {
                References.Referrers mappings = References.referrers(module, api, type, "api_id");
                mapped |= !mappings.isEmpty();
                unknown.addAll(mappings.unknownReasons());
            }
            String name = api.block().address();
            if (!mapped) {
                if (!unknown.isEmpty()) {
                    reporter.undecided(api.block().header(), "whether " + name + " is served through a custom "
                            + "domain", unknown);
                }
                continue;
            }
            ExpectedFlag.check(reporter, api.block().header(), api.attribute("disable_execute_api_endpoint"), true,
                    false,
                    name + " is mapped to a custom domain but its default execute-api endpoint stays reachable; "
                            + "set disable_execute_api_endpoint = true",
                    name + " is mapped to a custom domain but sets disable_execute_api_endpoint = false; set it "
                            + "to true",
                    "whether " + name + " disables its default endpoint");
        }
    }
}
