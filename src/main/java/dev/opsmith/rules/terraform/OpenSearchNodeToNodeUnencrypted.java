package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain whose nodes talk to each other in clear text. */
public final class OpenSearchNodeToNodeUnencrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS291", "Traffic between search nodes not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a "
                    + "`node_to_node_encryption` block, or whose `node_to_node_encryption.enabled` is absent or "
                    + "false. When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Shard replication and query fan-out carry the indexed documents between nodes. Without "
                    + "node-to-node TLS, that traffic crosses the VPC in clear text (PCI DSS 4.2.1), and fine-"
                    + "grained access control cannot be turned on.")
            .remediation("Add `node_to_node_encryption { enabled = true }`.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_6").equivalent("trivy", "AVD-AWS-0043")
            .equivalent("tfsec", "aws-elastic-search-enable-in-transit-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            ExpectedFlag.checkInBlock(reporter, domain, "node_to_node_encryption", "enabled", false,
                    name + " has no node_to_node_encryption block, so traffic between its nodes is not "
                            + "encrypted; add node_to_node_encryption { enabled = true }",
                    name + " does not set node_to_node_encryption.enabled, so traffic between its nodes is not "
                            + "encrypted; set enabled = true",
                    name + " sets node_to_node_encryption.enabled = false: traffic between its nodes is not "
                            + "encrypted; set it to true",
                    "whether " + name + " encrypts traffic between its nodes");
        }
    }
}
