package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An RDS instance or cluster, or a DynamoDB table, that no AWS Backup selection of the module covers. */
public final class DatabaseNotInBackupPlan extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS335", "RDS or DynamoDB resource not covered by AWS Backup")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_db_instance`, `aws_rds_cluster` or `aws_dynamodb_table` that no "
                    + "`aws_backup_selection` of the module selects: not by reference in `resources`, not by an ARN "
                    + "pattern covering it (`arn:aws:rds:*:*:db:*`, `*`), and not by a `selection_tag` it carries "
                    + "(its `tags` and the provider's literal `default_tags`); `condition` and `not_resources` are "
                    + "applied. Selections that cannot be evaluated leave it undecided. Opt-in because many "
                    + "organisations select backups by tag from a central account.")
            .rationale("Automated snapshots and point-in-time recovery live and die with the database's account and "
                    + "retention settings; AWS Backup adds immutable (locked), longer-lived and cross-account "
                    + "copies, which is what operational-resilience rules expect for transaction data.")
            .remediation("Add the resource to an `aws_backup_selection` (`resources = [aws_db_instance.x.arn]`) or "
                    + "give it the tag your backup selection selects.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html")
            .compliance("NIST-800-53:CP-9").compliance("PCI-DSS-4.0:12.10.1")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BackupNotCovering.check(module, reporter, List.of("aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table"),
                db -> db.type().equals("aws_db_instance") && ExpectedFlag.isReplica(db), "database");
    }
}
