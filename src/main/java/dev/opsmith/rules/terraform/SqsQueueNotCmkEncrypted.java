package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** An SQS queue encrypted with SQS-owned keys or the AWS-managed {@code alias/aws/sqs} key, not a customer key. */
public final class SqsQueueNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS256", "Queue not encrypted with a customer key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_sqs_queue` without `kms_master_key_id` (SQS then uses SSE-SQS, keys owned by "
                    + "the service, or no encryption at all when `sqs_managed_sse_enabled = false`), or whose key "
                    + "is the AWS-managed `alias/aws/sqs`. When the key is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("With SSE-SQS or the AWS-managed key nobody can restrict who decrypts the messages or see "
                    + "each use of the key in CloudTrail. Queues that carry payment instructions should be "
                    + "readable only by the roles a customer-managed key policy names.")
            .remediation("Create an `aws_kms_key` for the queue, allow the producers and consumers in its key "
                    + "policy, and set `kms_master_key_id` to it (with `kms_data_key_reuse_period_seconds` to "
                    + "limit KMS calls).")
            .reference("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("trivy", "AVD-AWS-0135")
            .equivalent("tfsec", "aws-sqs-queue-encryption-use-cmk")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance queue : reporter.resources(module, "aws_sqs_queue")) {
            String name = queue.block().address();
            var attribute = queue.attribute("kms_master_key_id");
            if (attribute.isPresent() && !reporter.inThisFile(attribute.get())) continue;
            var at = attribute.map(a -> a.source().node().span()).orElse(queue.block().header());
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(queue.value("kms_master_key_id"));
            switch (kind) {
                case UNKNOWN -> reporter.undecided(at, "whether " + name + " uses a customer-managed key",
                        queue.value("kms_master_key_id").unknownReasons());
                case ABSENT -> reporter.report(at, name + " has no kms_master_key_id, so it is not encrypted "
                        + "with a key you control; set kms_master_key_id to a customer-managed key");
                case AWS_MANAGED -> reporter.report(at, name + " is encrypted with the AWS-managed key, whose "
                        + "policy cannot be changed; set kms_master_key_id to a customer-managed key");
                case CUSTOMER_MANAGED -> {
                }
            }
        }
    }
}
