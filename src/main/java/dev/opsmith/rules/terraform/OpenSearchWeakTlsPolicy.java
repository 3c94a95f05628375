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
import dev.opsmith.rules.terraform.support.TlsPolicies;

import java.util.List;
import java.util.Optional;

/** A search domain endpoint whose TLS policy is not stated or still admits TLS 1.0 and 1.1. */
public final class OpenSearchWeakTlsPolicy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS293", "Search domain endpoint allows TLS below 1.2")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` whose "
                    + "`domain_endpoint_options.tls_security_policy` is not one of the policies that require TLS 1.2 "
                    + "(`Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`), or is not written at all: "
                    + "AWS then chooses, and domains created before 2023 received `Policy-Min-TLS-1-0-2019-07`. "
                    + "When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("TLS 1.0 and 1.1 have known weaknesses and are not strong cryptography for PCI DSS 4.2.1. "
                    + "Stating the policy in code also lets a reviewer see what clients are accepted.")
            .remediation("Set `domain_endpoint_options { tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }` "
                    + "(or `Policy-Min-TLS-1-2-PFS-2023-10` for forward secrecy only).")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("NIST-800-53:SC-13")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_228").equivalent("trivy", "AVD-AWS-0126")
            .equivalent("tfsec", "aws-elastic-search-use-secure-tls-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            String question = "whether " + name + " requires TLS 1.2";
            List<EvaluatedBlock> blocks = domain.blocks("domain_endpoint_options");
            if (blocks.isEmpty()) {
                reporter.report(domain.block().header(), name + " does not state a TLS policy, so AWS chooses one "
                        + "that may accept TLS 1.0; add domain_endpoint_options { tls_security_policy = "
                        + "\"Policy-Min-TLS-1-2-2019-07\" }");
                continue;
            }
            EvaluatedBlock block = blocks.get(0);
            if (!reporter.inThisFile(block.source().file())) continue;
            Span blockSpan = block.source().node().typeSpan();
            if (block.undecided().isPresent()) {
                reporter.undecided(blockSpan, question, block.undecided().get().unknownReasons());
                continue;
            }
            Optional<EvaluatedAttribute> policy = block.attribute("tls_security_policy");
            if (policy.isEmpty() || policy.get().value().isNull()) {
                reporter.report(blockSpan, name + " does not set tls_security_policy, so AWS chooses one that may "
                        + "accept TLS 1.0; set tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"");
                continue;
            }
            Value v = policy.get().value();
            Span at = policy.get().source().node().span();
            if (v.string().isPresent()) {
                if (!TlsPolicies.openSearchRequiresTls12(v.string().get())) {
                    reporter.report(at, name + " uses TLS policy \"" + v.string().get() + "\", which accepts "
                            + "TLS below 1.2; use \"Policy-Min-TLS-1-2-2019-07\"");
                }
            } else if (!v.isKnown()) {
                reporter.undecided(at, question, v.unknownReasons());
            }
        }
    }
}
