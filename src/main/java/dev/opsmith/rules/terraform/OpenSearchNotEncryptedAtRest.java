package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain whose indices, logs and snapshots are stored unencrypted. */
public final class OpenSearchNotEncryptedAtRest extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS290", "Search domain not encrypted at rest")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without an `encrypt_at_rest` "
                    + "block, or whose `encrypt_at_rest.enabled` is absent or false. When the value is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Search domains often index payment events, customer records and application logs. Without "
                    + "encryption at rest, the data files, swap and automated snapshots are readable by anyone who "
                    + "gets at the underlying storage (PCI DSS 3.5.1).")
            .remediation("Add `encrypt_at_rest { enabled = true }`, ideally with `kms_key_id` naming a customer-"
                    + "managed key. On older domains enabling it may require a blue/green update.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_5").equivalent("trivy", "AVD-AWS-0048")
            .equivalent("tfsec", "aws-elastic-search-enable-domain-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            ExpectedFlag.checkInBlock(reporter, domain, "encrypt_at_rest", "enabled", false,
                    name + " has no encrypt_at_rest block, so its data is stored unencrypted; add "
                            + "encrypt_at_rest { enabled = true }",
                    name + " does not set encrypt_at_rest.enabled, so its data is stored unencrypted; set "
                            + "enabled = true",
                    name + " sets encrypt_at_rest.enabled = false: its data is stored unencrypted; set it to true",
                    "whether " + name + " is encrypted at rest");
        }
    }
}
