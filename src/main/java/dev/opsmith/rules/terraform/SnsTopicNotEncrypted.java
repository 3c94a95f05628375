package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** An SNS topic that stores its messages without server-side encryption. */
public final class SnsTopicNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS259", "Topic not encrypted")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_sns_topic` without `kms_master_key_id` (or with an empty one): SNS does not "
                    + "encrypt topics by default. Any key is accepted here, the AWS-managed `alias/aws/sns` "
                    + "included (AWS260 asks for a customer-managed one). When the key is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("Messages wait on the topic until every subscriber has them; payment events and "
                    + "notifications often carry account or customer details that must be encrypted at rest.")
            .remediation("Set `kms_master_key_id` to a customer-managed KMS key (or at least `alias/aws/sns`), "
                    + "and allow the publishing services to use that key.")
            .reference("https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html")
            .compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.5.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_26")
            .equivalent("trivy", "AVD-AWS-0095")
            .equivalent("tfsec", "aws-sns-enable-topic-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance topic : reporter.resources(module, "aws_sns_topic")) {
            String name = topic.block().address();
            var attribute = topic.attribute("kms_master_key_id");
            if (attribute.isPresent() && !reporter.inThisFile(attribute.get())) continue;
            var at = attribute.map(a -> a.source().node().span()).orElse(topic.block().header());
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(topic.value("kms_master_key_id"));
            if (kind == KmsKeyRefs.Kind.UNKNOWN) {
                reporter.undecided(at, "whether " + name + " is encrypted",
                        topic.value("kms_master_key_id").unknownReasons());
            } else if (kind == KmsKeyRefs.Kind.ABSENT) {
                reporter.report(at, name + " has no kms_master_key_id, so its messages are stored unencrypted; "
                        + "set it to a KMS key");
            }
        }
    }
}
