package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** An SNS topic encrypted with the AWS-managed {@code alias/aws/sns} key rather than a customer-managed one. */
public final class SnsTopicAwsManagedKey extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS260", "Topic uses the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_sns_topic` whose `kms_master_key_id` is an AWS-managed alias (`alias/aws/sns`, "
                    + "bare or as an alias ARN). A topic without any key is AWS259's finding, not this one. When "
                    + "the key is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("The policy of an AWS-managed key cannot be changed: it cannot limit who decrypts, and "
                    + "services such as CloudWatch alarms or EventBridge rules of another account cannot be "
                    + "allowed to publish to the topic. A customer-managed key gives the key policy, rotation and "
                    + "audit trail to the team that owns the data.")
            .remediation("Create an `aws_kms_key` for the topic's data, allow the publishing services in its key "
                    + "policy, and set `kms_master_key_id` to it.")
            .reference("https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("trivy", "AVD-AWS-0136")
            .equivalent("tfsec", "aws-sns-topic-encryption-use-cmk")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance topic : reporter.resources(module, "aws_sns_topic")) {
            var attribute = topic.attribute("kms_master_key_id");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            String name = topic.block().address();
            var at = attribute.get().source().node().span();
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(attribute.get().value());
            if (kind == KmsKeyRefs.Kind.UNKNOWN) {
                reporter.undecided(at, "whether " + name + " uses a customer-managed key",
                        attribute.get().value().unknownReasons());
            } else if (kind == KmsKeyRefs.Kind.AWS_MANAGED) {
                reporter.report(at, name + " is encrypted with the AWS-managed key, whose policy cannot be "
                        + "changed; set kms_master_key_id to a customer-managed key");
            }
        }
    }
}
