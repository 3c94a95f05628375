package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain endpoint that still answers plain HTTP. */
public final class OpenSearchHttpsNotEnforced extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS292", "Search domain endpoint accepts plain HTTP")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a "
                    + "`domain_endpoint_options` block (the service then accepts HTTP), or whose "
                    + "`domain_endpoint_options.enforce_https` is false. Inside the block the provider's default is "
                    + "true, so a block that leaves it out is compliant. When the value is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("Requests to a search domain carry queries, documents and, with fine-grained access control, "
                    + "user credentials. Over plain HTTP they can be read and altered on the way (PCI DSS 4.2.1).")
            .remediation("Add `domain_endpoint_options { enforce_https = true tls_security_policy = "
                    + "\"Policy-Min-TLS-1-2-2019-07\" }`.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_83").equivalent("trivy", "AVD-AWS-0046")
            .equivalent("tfsec", "aws-elastic-search-enforce-https")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            ExpectedFlag.checkInBlock(reporter, domain, "domain_endpoint_options", "enforce_https", true,
                    name + " has no domain_endpoint_options block, so its endpoint accepts plain HTTP; add "
                            + "domain_endpoint_options { enforce_https = true }",
                    name + " does not set enforce_https",
                    name + " sets enforce_https = false: its endpoint accepts plain HTTP; set it to true",
                    "whether " + name + " enforces HTTPS");
        }
    }
}
