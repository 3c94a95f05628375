package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.Optional;

/** An MSK cluster whose broker storage is encrypted with the AWS-managed {@code aws/kafka} key. */
public final class MskNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS301", "Kafka storage encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_msk_cluster` without `encryption_info.encryption_at_rest_kms_key_arn` (MSK then "
                    + "uses the AWS-managed `aws/kafka` key), or one naming an `alias/aws/...` key. When the key is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Broker volumes hold every retained message. With the AWS-managed key, the key policy "
                    + "cannot be tightened and the key cannot be disabled in an incident; a customer-managed key "
                    + "puts decryption under the team's own policy and audit trail (PCI DSS 3.6.1).")
            .remediation("Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }`. The key "
                    + "is fixed at creation: create a new cluster and mirror the topics to it.")
            .reference("https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.6.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_msk_cluster")) {
            String name = cluster.block().address();
            NestedBlock.Result info = NestedBlock.find(cluster, "encryption_info");
            if (info.state() == NestedBlock.State.UNDECIDED) {
                reporter.undecided(info.nearest(), "whether " + name + " uses a customer-managed key",
                        info.unknownReasons());
                continue;
            }
            Optional<EvaluatedAttribute> key = info.block().flatMap(b -> b.attribute("encryption_at_rest_kms_key_arn"));
            Value v = key.map(EvaluatedAttribute::value).orElse(Value.absent("encryption_at_rest_kms_key_arn"));
            switch (KmsKeyRefs.kind(v)) {
                case ABSENT -> reporter.report(cluster.block().header(), name + " does not set "
                        + "encryption_at_rest_kms_key_arn, so its storage uses the AWS-managed aws/kafka key; set "
                        + "it to a customer-managed key");
                case AWS_MANAGED -> {
                    if (reporter.inThisFile(key.get())) {
                        reporter.report(key.get().source().node().span(), name + " names an AWS-managed key; set "
                                + "encryption_at_rest_kms_key_arn to a customer-managed key");
                    }
                }
                case UNKNOWN -> {
                    if (reporter.inThisFile(key.get())) {
                        reporter.undecided(key.get().source().node().span(), "whether " + name
                                + " uses a customer-managed key", v.unknownReasons());
                    }
                }
                case CUSTOMER_MANAGED -> { }
            }
        }
    }
}
