package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.List;

/** An encrypted database whose storage uses the AWS-managed {@code aws/rds} key instead of a customer key. */
public final class RdsNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS184", "Database storage encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_db_instance` or `aws_rds_cluster` with `storage_encrypted = true` whose "
                    + "`kms_key_id` is absent (RDS then uses the AWS-managed `aws/rds` key) or names an "
                    + "`alias/aws/...` key. Unencrypted databases are AWS170/AWS171's finding; read replicas "
                    + "(`replicate_source_db`) take their source's key and are skipped. Unknown values are left "
                    + "undecided. Opt-in: the AWS-managed key already encrypts; a customer key is an "
                    + "organisational choice.")
            .rationale("Snapshots encrypted with the AWS-managed key cannot be shared with another account (a "
                    + "backup or recovery account), and its key policy cannot be narrowed or revoked in an "
                    + "incident.")
            .remediation("Set `kms_key_id = aws_kms_key.rds.arn`. The key is fixed at creation: restore an "
                    + "encrypted copy of a snapshot with the new key to move an existing database.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html")
            .compliance("NIST-800-53:SC-12")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                if (ExpectedFlag.isReplica(db)) continue;
                var encrypted = db.attribute("storage_encrypted");
                if (encrypted.isEmpty()) continue;
                Value enc = encrypted.get().value();
                if (enc.isFalse() || enc.isNull()) continue;
                String name = db.block().address();
                var keyAttribute = db.attribute("kms_key_id");
                Value key = db.value("kms_key_id");
                KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key);
                if (kind == KmsKeyRefs.Kind.CUSTOMER_MANAGED) continue;
                if (kind == KmsKeyRefs.Kind.UNKNOWN) {
                    if (reporter.inThisFile(keyAttribute.get())) {
                        reporter.undecided(keyAttribute.get().source().node().span(), "which key encrypts " + name,
                                key.unknownReasons());
                    }
                } else if (!enc.isKnown()) {
                    if (reporter.inThisFile(encrypted.get())) {
                        reporter.undecided(encrypted.get().source().node().span(), "whether " + name
                                + " is encrypted with the AWS-managed key", enc.unknownReasons());
                    }
                } else if (kind == KmsKeyRefs.Kind.ABSENT) {
                    if (reporter.inThisFile(encrypted.get())) {
                        reporter.report(encrypted.get().source().node().span(), name + " is encrypted with the "
                                + "AWS-managed aws/rds key; set kms_key_id to a customer-managed key");
                    }
                } else if (reporter.inThisFile(keyAttribute.get())) {
                    reporter.report(keyAttribute.get().source().node().span(), name + " is encrypted with an "
                            + "AWS-managed key; set kms_key_id to a customer-managed key");
                }
            }
        }
    }
}
