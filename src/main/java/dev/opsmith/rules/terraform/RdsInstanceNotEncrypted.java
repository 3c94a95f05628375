package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Format;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A database instance whose storage, snapshots and backups are not encrypted at rest. */
public final class RdsInstanceNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS170", "Database instance storage not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` with `storage_encrypted` absent (the provider's default is false) or "
                    + "false. Read replicas (`replicate_source_db` set) are skipped: they take the source's encryption. "
                    + "When the value is unknown (a variable without a value), nothing is reported; --show-unknown "
                    + "names the unknown input.")
            .rationale("Cardholder and customer data at rest must be unreadable without a key (PCI DSS 3.5.1). "
                    + "Encryption cannot be turned on for an existing instance: it takes a snapshot, an encrypted "
                    + "copy and a restore, so it has to be right when the instance is created.")
            .remediation("Set `storage_encrypted = true`, ideally with `kms_key_id` naming a customer-managed key.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("CIS-AWS-3.0:2.3.1")
            .equivalent("checkov", "CKV_AWS_16").equivalent("trivy", "AVD-AWS-0080")
            .equivalent("tfsec", "aws-rds-encrypt-instance-storage-data")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance db : reporter.resources(module, "aws_db_instance")) {
            if (ExpectedFlag.isReplica(db)) continue;
            String name = db.block().address();
            ExpectedFlag.check(reporter, db.block().header(), db.attribute("storage_encrypted"), true, false,
                    name + " does not set storage_encrypted, so its storage, snapshots and backups are not "
                            + "encrypted; set storage_encrypted = true",
                    name + " sets storage_encrypted = false: its storage, snapshots and backups are not encrypted; "
                            + "set it to true",
                    "whether " + name + " is encrypted");
        }
    }
}
