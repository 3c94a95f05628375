package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** A REST API stage reachable from outside the VPC with no web ACL in front of it. */
public final class ApiStageWithoutWaf extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS311", "REST API stage not protected by WAF")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_stage` of a REST API that is not `PRIVATE` (its "
                    + "`aws_api_gateway_rest_api` has no `endpoint_configuration` or one whose `types` are not "
                    + "`[\"PRIVATE\"]`), that no `aws_wafv2_web_acl_association` or "
                    + "`aws_wafregional_web_acl_association` names in its `resource_arn`, and that does not set the "
                    + "older `web_acl_arn`. HTTP and WebSocket APIs (`aws_apigatewayv2_*`) are not judged: WAF cannot "
                    + "be attached to them directly. When the API is outside the configuration, or an endpoint type "
                    + "or association is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Edge and regional API endpoints are reachable from the whole internet; without a web ACL, "
                    + "injection attempts and request floods reach the integrations (PCI DSS 6.4.2).")
            .remediation("Add `resource \"aws_wafv2_web_acl_association\" \"x\" { resource_arn = "
                    + "aws_api_gateway_stage.x.arn web_acl_arn = aws_wafv2_web_acl.x.arn }`.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html")
            .compliance("PCI-DSS-4.0:6.4.2").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:SI-4")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV2_AWS_29")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> apis = module.resources("aws_api_gateway_rest_api");
        for (ResourceInstance stage : reporter.resources(module, "aws_api_gateway_stage")) {
            String name = stage.block().address();
            String question = "whether " + name + " is a public stage without WAF";
            Value legacyAcl = stage.value("web_acl_arn");
            if (!legacyAcl.isAbsent() && !legacyAcl.isNull()
                    && !legacyAcl.string().map(String::isBlank).orElse(false)) {
                continue;
            }
            List<String> unknown = new ArrayList<>();
            Link api = References.link(stage.value("rest_api_id"), apis);
            if (api.isLinked()) {
                Boolean isPrivate = isPrivate(api.target().orElseThrow(), unknown);
                if (Boolean.TRUE.equals(isPrivate)) continue;
            } else {
                unknown.addAll(api.isUnknown() ? api.unknownReasons()
                        : List.of(name + ".rest_api_id names an API outside this configuration"));
            }
            References.Referrers associations = WafAssociations.of(module, stage);
            if (!associations.isEmpty()) continue;
            unknown.addAll(associations.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(stage.block().header(), question, unknown);
                continue;
            }
            reporter.report(stage.block().header(), name + " serves a public REST API and no web ACL is "
                    + "associated with it; add an aws_wafv2_web_acl_association with resource_arn = " + name
                    + ".arn");
        }
    }

    /** TRUE for a private API, FALSE for edge or regional, null when unknown (reasons added to {@code unknown}). */
    private static Boolean isPrivate(ResourceInstance api, List<String> unknown) {
        List<EvaluatedBlock> configs = api.blocks("endpoint_configuration");
        if (configs.isEmpty()) return false;
        EvaluatedBlock config = configs.get(0);
        if (config.undecided().isPresent()) {
            unknown.addAll(config.undecided().get().unknownReasons());
            return null;
        }
        Value types = config.attribute("types").map(a -> a.value()).orElse(Value.absent("types"));
        if (!types.isKnown()) {
            if (types.isAbsent()) return false;
            unknown.addAll(types.unknownReasons());
            return null;
        }
        if (!types.isWhollyKnown()) {
            unknown.addAll(types.unknownReasons());
            return null;
        }
        return !types.items().isEmpty()
                && types.items().stream().allMatch(t -> "PRIVATE".equals(t.string().orElse("")));
    }
}
