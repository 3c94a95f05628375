package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** A backup vault whose recovery points are encrypted with the AWS-managed {@code aws/backup} key. */
public final class BackupVaultNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS330", "Backup vault uses the AWS-managed key")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_backup_vault` without `kms_key_arn` (AWS Backup then uses the AWS-managed "
                    + "`aws/backup` key) or whose key is an `alias/aws/...` key. A reference to an `aws_kms_key` or "
                    + "alias of the configuration, a key ARN or a customer alias is accepted. A key that cannot be "
                    + "known (a variable without a value) is left undecided.")
            .rationale("With a customer-managed key the key policy decides who may restore or copy recovery points, "
                    + "key use is audited, and an attacker holding backup permissions alone cannot read the data. "
                    + "The vault's key is fixed when the vault is created.")
            .remediation("Set `kms_key_arn = aws_kms_key.backup.arn` on the vault (this replaces the vault: create "
                    + "a new one and move the backup plans to it).")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.6.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_166")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance vault : reporter.resources(module, "aws_backup_vault")) {
            String name = vault.block().address();
            var attribute = vault.attribute("kms_key_arn");
            switch (KmsKeyRefs.kind(vault.value("kms_key_arn"))) {
                case ABSENT -> reporter.report(vault.block().header(), name + " has no kms_key_arn, so its "
                        + "recovery points use the AWS-managed aws/backup key; set kms_key_arn to a customer-managed "
                        + "key");
                case AWS_MANAGED -> {
                    if (reporter.inThisFile(attribute.get())) {
                        reporter.report(attribute.get().source().node().span(), name + " encrypts its recovery "
                                + "points with an AWS-managed key; use a customer-managed KMS key");
                    }
                }
                case UNKNOWN -> {
                    if (reporter.inThisFile(attribute.get())) {
                        reporter.undecided(attribute.get().source().node().span(), "which key encrypts " + name,
                                vault.value("kms_key_arn").unknownReasons());
                    }
                }
                case CUSTOMER_MANAGED -> {
                }
            }
        }
    }
}
