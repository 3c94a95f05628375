package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
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
import java.util.Set;

/** A search domain with a public endpoint whose access policy lets anyone call it. */
public final class OpenSearchAccessPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS298", "Search domain access policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An access policy of an `aws_opensearch_domain` or `aws_elasticsearch_domain` "
                    + "(`access_policies` on the domain, or an `aws_opensearch_domain_policy` / "
                    + "`aws_elasticsearch_domain_policy` linked to it by `domain_name`) with an `Allow` statement "
                    + "whose principal is everyone (`\"*\"` or `{\"AWS\": \"*\"}`) and whose conditions do not "
                    + "narrow the caller (an `aws:SourceIp`, `aws:SourceVpce`, `aws:PrincipalOrgID` or similar "
                    + "positive match narrows), on a domain without `vpc_options`. The policy is read in every "
                    + "form: `jsonencode`, heredoc or `file()` JSON, and `aws_iam_policy_document`. When the "
                    + "policy, its principal or conditions, or the domain's placement is unknown, nothing is "
                    + "reported; --show-unknown names the unknown inputs.")
            .rationale("A public domain endpoint with an open policy answers anyone on the internet: unless "
                    + "fine-grained access control stops them, they can read every index and delete the cluster's "
                    + "data. Exposed search clusters are a recurring source of large leaks of personal and payment "
                    + "data (PCI DSS 1.4.1).")
            .remediation("Name the roles that use the domain in `Principal`, or add a condition such as "
                    + "`IpAddress: { aws:SourceIp: [...] }`; better, move the domain into a VPC with `vpc_options`.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Set<String> DOMAINS = Set.of("aws_opensearch_domain", "aws_elasticsearch_domain");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> domains = new ArrayList<>(module.resources("aws_opensearch_domain"));
        domains.addAll(module.resources("aws_elasticsearch_domain"));
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module, PolicyDocuments.Kind.RESOURCE)) {
            String type = source.owner().type();
            if (!DOMAINS.contains(type) && !DOMAINS.contains(type.replace("_policy", ""))) continue;
            if (!reporter.inThisFile(source.attribute())) continue;
            Tri isPublic = publicEndpoint(source.owner(), domains);
            if (isPublic.isNo()) continue;
            String question = "whether " + source.name() + " opens the domain to everyone";
            PolicyRead read = PolicyDocuments.read(module, source);
            if (read.state() == PolicyRead.State.UNKNOWN) {
                reporter.undecided(source.attribute().source().node().span(), question, read.unknownReasons());
                continue;
            }
            if (read.document().isEmpty()) continue;
            judge(read.document().get(), isPublic, source, question, reporter);
        }
    }

    private static void judge(PolicyDocument document, Tri isPublic, PolicyDocuments.Source source, String question,
                              Reporter reporter) {
        for (PolicyStatement statement : document.statements()) {
            if (!reporter.inThisFile(statement.file())) continue;
            Tri open = statement.isAllow().and(statement.principals().isWildcard())
                    .and(RestrictingConditions.narrowsPrincipal(statement).not());
            Tri finding = open.and(isPublic);
            if (finding.isYes()) {
                reporter.report(statement.principals().span(), source.name() + " allows everyone to call a domain "
                        + "with a public endpoint; name the callers in Principal, add an aws:SourceIp condition, "
                        + "or place the domain in a VPC");
            } else if (finding.isUnknown()) {
                reporter.undecided(statement.principals().span(), question, finding.unknownReasons());
            }
        }
        if (!document.statementUnknownReasons().isEmpty() && reporter.inThisFile(document.file())) {
            reporter.undecided(document.span(), question, document.statementUnknownReasons());
        }
    }

    /** Whether the domain the policy belongs to has a public endpoint (no {@code vpc_options}). */
    private static Tri publicEndpoint(ResourceInstance owner, List<ResourceInstance> domains) {
        ResourceInstance domain = owner;
        if (!DOMAINS.contains(owner.type())) {
            Link link = References.link(owner.value("domain_name"), domains, "domain_name");
            if (link.isUnknown()) return Tri.unknown(link.unknownReasons());
            if (!link.isLinked()) {
                return Tri.unknown(List.of(owner.address() + ".domain_name names a domain outside the scanned "
                        + "configuration, whose placement is unknown"));
            }
            domain = link.target().get();
        }
        List<EvaluatedBlock> vpc = domain.blocks("vpc_options");
        if (vpc.isEmpty()) return Tri.YES;
        if (vpc.get(0).undecided().isPresent()) return Tri.unknown(vpc.get(0).undecided().get().unknownReasons());
        return Tri.NO;
    }
}
