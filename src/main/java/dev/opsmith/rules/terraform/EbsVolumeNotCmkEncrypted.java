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

/** An encrypted EBS volume whose key is the account's AWS-managed {@code aws/ebs} key. */
public final class EbsVolumeNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS128", "EBS volume encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_ebs_volume` with `encrypted = true` whose `kms_key_id` is absent or names the "
                    + "AWS-managed key (`alias/aws/ebs`). Unencrypted volumes are AWS125's. Opt-in: the AWS-managed "
                    + "key already encrypts the data. When the key or the flag is unknown, nothing is reported "
                    + "(--show-unknown names the unknown inputs).")
            .rationale("With the AWS-managed key, every principal of the account that may use EBS can use the key: "
                    + "there is no key policy of your own to restrict who decrypts snapshots, no way to share "
                    + "encrypted snapshots across accounts, and no separate audit trail of key use.")
            .remediation("Set `kms_key_id` to a customer-managed `aws_kms_key` whose policy names the roles allowed to "
                    + "use it.")
            .reference("https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_189")
            .equivalent("trivy", "AVD-AWS-0027")
            .equivalent("tfsec", "aws-ebs-encryption-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance volume : reporter.resources(module, "aws_ebs_volume")) {
            String name = volume.address();
            String question = "whether " + name + " is encrypted with a customer-managed key";
            Optional<EvaluatedAttribute> encrypted = volume.attribute("encrypted");
            if (encrypted.isEmpty()) continue;
            Value flag = encrypted.get().value();
            if (!flag.isKnown()) {
                if (reporter.inThisFile(encrypted.get())) {
                    reporter.undecided(encrypted.get().source().node().span(), question, flag.unknownReasons());
                }
                continue;
            }
            if (!flag.isTrue()) continue;
            Optional<EvaluatedAttribute> key = volume.attribute("kms_key_id");
            EvaluatedAttribute at = key.orElse(encrypted.get());
            if (!reporter.inThisFile(at)) continue;
            var span = at.source().node().span();
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(volume.value("kms_key_id"));
            switch (kind) {
                case UNKNOWN -> reporter.undecided(span, question, volume.value("kms_key_id").unknownReasons());
                case ABSENT -> reporter.report(span, name + " is encrypted with the AWS-managed aws/ebs key; set "
                        + "kms_key_id to a customer-managed key");
                case AWS_MANAGED -> reporter.report(span, name + " names the AWS-managed aws/ebs key; use a "
                        + "customer-managed key whose policy you control");
                case CUSTOMER_MANAGED -> { }
            }
        }
    }
}
