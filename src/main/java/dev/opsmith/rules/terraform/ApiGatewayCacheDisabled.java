package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A REST API stage without a response cache. */
public final class ApiGatewayCacheDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS275", "REST stage without response caching")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_api_gateway_stage` whose `cache_cluster_enabled` is absent (default false) or "
                    + "false. Opt-in: caching suits read-heavy APIs whose answers may be reused; many payment "
                    + "APIs must not cache. When the value is unknown, nothing is reported; --show-unknown names "
                    + "the unknown input.")
            .rationale("A stage cache answers repeated reads without calling the backend, lowering latency and "
                    + "cost and absorbing bursts that would otherwise reach the integration.")
            .remediation("Set `cache_cluster_enabled = true` and `cache_cluster_size`, then enable caching per "
                    + "method with `aws_api_gateway_method_settings` (with `cache_data_encrypted = true`).")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html")
            .equivalent("checkov", "CKV_AWS_120").equivalent("trivy", "AVD-AWS-0190")
            .equivalent("tfsec", "aws-api-gateway-enable-cache")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance stage : reporter.resources(module, "aws_api_gateway_stage")) {
            String name = stage.block().address();
            ExpectedFlag.check(reporter, stage.block().header(), stage.attribute("cache_cluster_enabled"), true,
                    false,
                    name + " does not set cache_cluster_enabled, so it has no response cache; enable it if its "
                            + "answers may be reused",
                    name + " sets cache_cluster_enabled = false: it has no response cache",
                    "whether " + name + " caches responses");
        }
    }
}
