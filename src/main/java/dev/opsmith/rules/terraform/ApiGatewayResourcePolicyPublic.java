package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.RestrictingConditions;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A private REST API whose resource policy lets any principal, through any VPC endpoint, invoke it. */
public final class ApiGatewayResourcePolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS274", "Private REST API resource policy allows everyone")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("The resource policy of a PRIVATE `aws_api_gateway_rest_api` (`policy` on the API, or an "
                    + "`aws_api_gateway_rest_api_policy` linked to it by `rest_api_id`) with an `Allow` statement "
                    + "granting `execute-api:Invoke` to everyone (`\"*\"` or `{\"AWS\": \"*\"}`) whose conditions do "
                    + "not narrow the caller (an `aws:SourceVpce`, `aws:SourceVpc` or `aws:PrincipalOrgID` positive "
                    + "match narrows). Regional and edge APIs are not read: for them the method's authorisation is "
                    + "the gate (AWS270). The policy is read in every form: `jsonencode`, heredoc or `file()` JSON, "
                    + "and `aws_iam_policy_document`. When the policy, the API's endpoint type or the link is "
                    + "unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("A private API is reachable only through interface VPC endpoints, and its resource policy "
                    + "decides which ones. An open policy lets any VPC endpoint in any account that can resolve "
                    + "the API call it, so the private placement no longer limits who reaches internal payment "
                    + "operations.")
            .remediation("Add a condition such as `StringEquals: { aws:SourceVpce: [\"vpce-...\"] }` to the Allow "
                    + "statement, or name the calling roles in `Principal`.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-api-create.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final String INVOKE = "execute-api:Invoke";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> apis = module.resources("aws_api_gateway_rest_api");
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module, PolicyDocuments.Kind.RESOURCE)) {
            String type = source.owner().type();
            if (!type.equals("aws_api_gateway_rest_api") && !type.equals("aws_api_gateway_rest_api_policy")) continue;
            if (!reporter.inThisFile(source.attribute())) continue;
            Tri isPrivate = privateApi(source.owner(), apis);
            if (isPrivate.isNo()) continue;
            String question = "whether " + source.name() + " lets everyone invoke a private API";
            PolicyRead read = PolicyDocuments.read(module, source);
            if (read.state() == PolicyRead.State.UNKNOWN) {
                reporter.undecided(source.attribute().source().node().span(), question, read.unknownReasons());
                continue;
            }
            if (read.document().isEmpty()) continue;
            judge(read.document().get(), isPrivate, source, question, reporter);
        }
    }

    private static void judge(PolicyDocument document, Tri isPrivate, PolicyDocuments.Source source,
                              String question, Reporter reporter) {
        for (PolicyStatement statement : document.statements()) {
            if (!reporter.inThisFile(statement.file())) continue;
            Tri finding = statement.isAllow().and(statement.actions().allows(INVOKE))
                    .and(statement.principals().isWildcard())
                    .and(RestrictingConditions.narrowsPrincipal(statement).not()).and(isPrivate);
            if (finding.isYes()) {
                reporter.report(statement.principals().span(), source.name() + " lets everyone invoke a private "
                        + "API; limit it with an aws:SourceVpce condition or name the callers in Principal");
            } else if (finding.isUnknown()) {
                reporter.undecided(statement.principals().span(), question, finding.unknownReasons());
            }
        }
        if (!document.statementUnknownReasons().isEmpty() && reporter.inThisFile(document.file())) {
            reporter.undecided(document.span(), question, document.statementUnknownReasons());
        }
    }

    /** Whether the API the policy belongs to is PRIVATE. */
    private static Tri privateApi(ResourceInstance owner, List<ResourceInstance> apis) {
        ResourceInstance api = owner;
        if (owner.type().equals("aws_api_gateway_rest_api_policy")) {
            Link link = References.link(owner.value("rest_api_id"), apis);
            if (link.isUnknown()) return Tri.unknown(link.unknownReasons());
            if (!link.isLinked()) {
                return Tri.unknown(List.of(owner.address() + ".rest_api_id names an API outside the scanned "
                        + "configuration, whose endpoint type is unknown"));
            }
            api = link.target().get();
        }
        List<String> unknown = new ArrayList<>();
        Optional<Boolean> answer = ApiGatewayRestMethodWithoutAuth.isPrivate(api, unknown);
        return answer.map(Tri::of).orElseGet(() -> Tri.unknown(unknown));
    }
}
