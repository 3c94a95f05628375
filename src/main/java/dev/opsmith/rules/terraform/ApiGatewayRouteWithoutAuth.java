package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An HTTP API route, or a WebSocket API's {@code $connect} route, that anyone can call. */
public final class ApiGatewayRouteWithoutAuth extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS271", "HTTP or WebSocket route without authorisation")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_apigatewayv2_route` whose `authorization_type` is absent (default `NONE`) or "
                    + "`NONE`. Judged: HTTP API routes (`GET /payments`, `ANY /{proxy+}`, `$default` of an HTTP "
                    + "API) and the WebSocket `$connect` route. Not judged: `OPTIONS` routes (CORS pre-flight), "
                    + "and WebSocket `$disconnect`, `$default` and custom routes, which API Gateway does not let "
                    + "you authorise (the connection was authorised at `$connect`). A `$default` route whose API "
                    + "is not a known `aws_apigatewayv2_api` of the scan, or any unknown value, is left undecided; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("An open route lets anyone on the internet invoke the integration behind it; for a payment "
                    + "API that is unauthenticated access to money movement or account data.")
            .remediation("Set `authorization_type` to `JWT` (with `authorizer_id`), `AWS_IAM` or `CUSTOM` (a Lambda "
                    + "authoriser); for WebSocket APIs, on the `$connect` route.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:IA-2").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_309")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> apis = module.resources("aws_apigatewayv2_api");
        for (ResourceInstance route : reporter.resources(module, "aws_apigatewayv2_route")) {
            String name = route.block().address();
            String question = "whether " + name + " can be called without authorisation";
            Optional<EvaluatedAttribute> type = route.attribute("authorization_type");
            Span at = type.map(a -> a.source().node().span()).orElse(route.block().header());
            if (type.isPresent() && !reporter.inThisFile(type.get())) continue;
            Value v = type.map(EvaluatedAttribute::value).orElse(Value.absent("authorization_type"));
            List<String> unknown = new ArrayList<>();
            if (!v.isAbsent() && !v.isNull()) {
                if (!v.isKnown()) unknown.addAll(v.unknownReasons());
                else if (!v.string().map("NONE"::equalsIgnoreCase).orElse(false)) continue;
            }
            Value key = route.value("route_key");
            if (!key.isKnown()) {
                unknown.addAll(key.unknownReasons());
            } else {
                String routeKey = key.string().orElse("");
                if (!judged(routeKey)) continue;
                if (routeKey.equals("$default")) {
                    Optional<Boolean> webSocket = isWebSocket(route, apis, unknown);
                    if (webSocket.orElse(false)) continue;
                }
            }
            if (!unknown.isEmpty()) {
                reporter.undecided(at, question, unknown);
                continue;
            }
            reporter.report(at, name + " (" + key.string().orElse("") + ") has no authorisation, so anyone can call "
                    + "it; set authorization_type to JWT, AWS_IAM or CUSTOM");
        }
    }

    /** Route keys API Gateway lets one authorise, besides pre-flight requests. */
    private static boolean judged(String routeKey) {
        if (routeKey.regionMatches(true, 0, "OPTIONS ", 0, 8)) return false;
        if (routeKey.equals("$connect") || routeKey.equals("$default")) return true;
        return routeKey.contains(" ");
    }

    private static Optional<Boolean> isWebSocket(ResourceInstance route, List<ResourceInstance> apis,
                                                 List<String> unknown) {
        Link api = References.link(route.value("api_id"), apis, "name");
        if (api.isUnknown()) {
            unknown.addAll(api.unknownReasons());
            return Optional.empty();
        }
        if (!api.isLinked()) {
            unknown.add(route.block().address() + ".api_id names an API outside the scanned configuration, whose "
                    + "protocol is unknown");
            return Optional.empty();
        }
        Value protocol = api.target().get().value("protocol_type");
        if (!protocol.isKnown()) {
            unknown.addAll(protocol.unknownReasons());
            return Optional.empty();
        }
        return Optional.of(protocol.string().map("WEBSOCKET"::equalsIgnoreCase).orElse(false));
    }
}
