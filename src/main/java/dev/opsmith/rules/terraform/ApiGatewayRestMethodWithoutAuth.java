package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A REST API method that anyone can call: no authoriser, no IAM, no API key. */
public final class ApiGatewayRestMethodWithoutAuth extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS270", "REST method open without authorisation")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_method` with `authorization = \"NONE\"` and `api_key_required` "
                    + "absent or false, for any HTTP method but `OPTIONS` (CORS pre-flight requests carry no "
                    + "credentials). Methods of a REST API of the scan whose `endpoint_configuration.types` is "
                    + "`[\"PRIVATE\"]` are not reported: they are reachable only through VPC endpoints that its "
                    + "resource policy admits. When the authorisation, the API key flag, the HTTP method or the "
                    + "API it belongs to is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("An open method lets anyone on the internet invoke the backend behind it, a Lambda function "
                    + "or an internal service, and spend its capacity; for a payment API that is unauthenticated "
                    + "access to money movement or account data (PCI DSS 7.2.1).")
            .remediation("Set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` (with `authorizer_id`) or `CUSTOM` "
                    + "(a Lambda authoriser). An API key alone (`api_key_required = true`) identifies a caller for "
                    + "usage plans but is not strong authentication.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html")
            .compliance("PCI-DSS-4.0:7.2.1").compliance("NIST-800-53:AC-3").compliance("NIST-800-53:IA-2")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_59").equivalent("trivy", "AVD-AWS-0004")
            .equivalent("tfsec", "aws-api-gateway-no-public-access")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> apis = module.resources("aws_api_gateway_rest_api");
        for (ResourceInstance method : reporter.resources(module, "aws_api_gateway_method")) {
            Optional<EvaluatedAttribute> authorization = method.attribute("authorization");
            if (authorization.isEmpty() || !reporter.inThisFile(authorization.get())) continue;
            String name = method.block().address();
            String question = "whether " + name + " can be called without authorisation";
            Span at = authorization.get().source().node().span();
            Value auth = authorization.get().value();
            if (!auth.isKnown()) {
                reporter.undecided(at, question, auth.unknownReasons());
                continue;
            }
            if (!auth.string().map("NONE"::equalsIgnoreCase).orElse(false)) continue;
            Value httpMethod = method.value("http_method");
            if (httpMethod.string().map("OPTIONS"::equalsIgnoreCase).orElse(false)) continue;
            Value apiKey = method.value("api_key_required");
            if (apiKey.isTrue()) continue;
            List<String> unknown = new ArrayList<>();
            if (!httpMethod.isKnown()) unknown.addAll(httpMethod.unknownReasons());
            if (!apiKey.isKnown() && !apiKey.isAbsent()) unknown.addAll(apiKey.unknownReasons());
            Link api = References.link(method.value("rest_api_id"), apis, "name");
            if (api.isUnknown()) unknown.addAll(api.unknownReasons());
            if (api.isLinked()) {
                Optional<Boolean> isPrivate = isPrivate(api.target().get(), unknown);
                if (isPrivate.orElse(false)) continue;
            }
            if (!unknown.isEmpty()) {
                reporter.undecided(at, question, unknown);
                continue;
            }
            reporter.report(at, name + " has authorization = \"NONE\" and no API key, so anyone can call it; use "
                    + "AWS_IAM, a Cognito user pool or a Lambda authoriser");
        }
    }

    /** Whether the REST API's endpoint type is PRIVATE; empty (with the reasons added) when unknown. */
    static Optional<Boolean> isPrivate(ResourceInstance api, List<String> unknown) {
        List<EvaluatedBlock> endpoint = api.blocks("endpoint_configuration");
        if (endpoint.isEmpty()) return Optional.of(false);
        if (endpoint.get(0).undecided().isPresent()) {
            unknown.addAll(endpoint.get(0).undecided().get().unknownReasons());
            return Optional.empty();
        }
        Value types = endpoint.get(0).attribute("types").map(a -> a.value()).orElse(Value.absent("types"));
        if (!types.isWhollyKnown()) {
            unknown.addAll(types.unknownReasons());
            return Optional.empty();
        }
        return Optional.of(types.items().stream().anyMatch(t -> t.string().map("PRIVATE"::equals).orElse(false)));
    }
}
