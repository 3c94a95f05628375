package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.List;

/** An encrypted search domain whose key is the AWS-managed {@code aws/es} key rather than one the team controls. */
public final class OpenSearchNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS299", "Search domain encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` with `encrypt_at_rest.enabled "
                    + "= true` and no `kms_key_id`, or one naming the AWS-managed `alias/aws/es` key. Domains not "
                    + "encrypted at all are AWS290's concern. When the key is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("With the AWS-managed key, anyone allowed to use the service in the account can decrypt "
                    + "through it, and the key policy can neither be tightened nor the key disabled. A customer-"
                    + "managed key separates key administration from data access (PCI DSS 3.6.1).")
            .remediation("Set `kms_key_id = aws_kms_key.search.arn` in `encrypt_at_rest`. The key cannot be "
                    + "changed on an existing domain: create a new domain and restore a snapshot into it.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html")
            .compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.6.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_247")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            List<EvaluatedBlock> blocks = domain.blocks("encrypt_at_rest");
            if (blocks.isEmpty() || blocks.get(0).undecided().isPresent()) continue;
            EvaluatedBlock block = blocks.get(0);
            if (!reporter.inThisFile(block.source().file())) continue;
            Value enabled = block.attribute("enabled").map(a -> a.value()).orElse(Value.absent("enabled"));
            if (!enabled.isTrue()) continue;
            String name = domain.block().address();
            Value key = block.attribute("kms_key_id").map(a -> a.value()).orElse(Value.absent("kms_key_id"));
            switch (KmsKeyRefs.kind(key)) {
                case ABSENT -> reporter.report(block.source().node().typeSpan(), name + " is encrypted with the "
                        + "AWS-managed aws/es key; set kms_key_id to a customer-managed key");
                case AWS_MANAGED -> reporter.report(block.source().node().typeSpan(), name + " names the "
                        + "AWS-managed aws/es key; set kms_key_id to a customer-managed key");
                case UNKNOWN -> reporter.undecided(block.source().node().typeSpan(), "whether " + name
                        + " uses a customer-managed key", key.unknownReasons());
                case CUSTOMER_MANAGED -> { }
            }
        }
    }
}
