package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.ArrayList;
import java.util.List;

/** An SQS queue whose default server-side encryption has been switched off, with no KMS key instead. */
public final class SqsQueueNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS255", "Queue encryption turned off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_sqs_queue` with `sqs_managed_sse_enabled = false` and no `kms_master_key_id`: "
                    + "its messages are stored unencrypted. Queues that do not write either attribute are not "
                    + "reported, because SQS encrypts new queues with SSE-SQS by default. When the flag or the key "
                    + "is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Payment instructions and events wait on queues for up to two weeks; with encryption "
                    + "explicitly off they sit on disk in clear, outside the encryption-at-rest control that "
                    + "auditors expect for every store of customer data.")
            .remediation("Remove `sqs_managed_sse_enabled = false` (SSE-SQS then applies), or set "
                    + "`kms_master_key_id` to a customer-managed KMS key.")
            .reference("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html")
            .compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.5.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance queue : reporter.resources(module, "aws_sqs_queue")) {
            var flag = queue.attribute("sqs_managed_sse_enabled");
            if (flag.isEmpty() || !reporter.inThisFile(flag.get())) continue;
            String name = queue.block().address();
            Value enabled = flag.get().value();
            var at = flag.get().source().node().span();
            List<String> unknown = new ArrayList<>();
            if (!enabled.isKnown()) unknown.addAll(enabled.unknownReasons());
            else if (!enabled.isFalse()) continue;
            Value key = queue.value("kms_master_key_id");
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key);
            if (kind == KmsKeyRefs.Kind.AWS_MANAGED || kind == KmsKeyRefs.Kind.CUSTOMER_MANAGED) continue;
            if (kind == KmsKeyRefs.Kind.UNKNOWN) unknown.addAll(key.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(at, "whether " + name + " is encrypted", unknown);
                continue;
            }
            reporter.report(at, name + " sets sqs_managed_sse_enabled = false without a kms_master_key_id: its "
                    + "messages are stored unencrypted; remove the setting or use a KMS key");
        }
    }
}
