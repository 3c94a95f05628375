package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** REST API method settings that cache responses without encrypting the cache. */
public final class ApiGatewayCacheNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS268", "API response cache not encrypted")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_method_settings` whose `settings.caching_enabled` is true and whose "
                    + "`settings.cache_data_encrypted` is absent (default false) or false. Settings that do not "
                    + "cache are not reported. When a value is unknown, nothing is reported; --show-unknown names "
                    + "the unknown input.")
            .rationale("The stage cache stores whole responses, which for payment APIs can include account data "
                    + "and tokens; unencrypted, they sit in clear on the cache cluster for the TTL (PCI DSS 3.5.1).")
            .remediation("Set `cache_data_encrypted = true` in the `settings` block next to `caching_enabled`.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_308").equivalent("trivy", "AVD-AWS-0002")
            .equivalent("tfsec", "aws-api-gateway-enable-cache-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance methodSettings : reporter.resources(module, "aws_api_gateway_method_settings")) {
            String name = methodSettings.block().address();
            NestedBlock.Result found = NestedBlock.find(methodSettings, "settings");
            if (found.state() == NestedBlock.State.UNDECIDED) {
                reporter.undecided(found.nearest(), "whether " + name + " caches unencrypted responses",
                        found.unknownReasons());
            }
            if (!found.found()) continue;
            EvaluatedBlock settings = found.block().get();
            if (!reporter.inThisFile(settings.source().file())) continue;
            Optional<EvaluatedAttribute> caching = settings.attribute("caching_enabled");
            if (caching.isEmpty()) continue;
            Value on = caching.get().value();
            if (!on.isKnown()) {
                reporter.undecided(caching.get().source().node().span(), "whether " + name
                        + " caches unencrypted responses", on.unknownReasons());
                continue;
            }
            if (!on.isTrue()) continue;
            ExpectedFlag.check(reporter, found.nearest(), settings.attribute("cache_data_encrypted"), true, false,
                    name + " caches responses without setting cache_data_encrypted, so the cache is not "
                            + "encrypted; set cache_data_encrypted = true",
                    name + " caches responses with cache_data_encrypted = false; set it to true",
                    "whether " + name + " encrypts its response cache");
        }
    }
}
