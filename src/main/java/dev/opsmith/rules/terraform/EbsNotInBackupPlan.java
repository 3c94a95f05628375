package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An EBS volume that no AWS Backup selection of the module covers. */
public final class EbsNotInBackupPlan extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS336", "EBS volume not covered by AWS Backup")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_ebs_volume` that no `aws_backup_selection` of the module selects: not by "
                    + "reference in `resources`, not by an ARN pattern covering volumes "
                    + "(`arn:aws:ec2:*:*:volume/*`, `*`), and not by a `selection_tag` it carries (its `tags` and "
                    + "the provider's literal `default_tags`); `condition` and `not_resources` are applied. "
                    + "Selections that cannot be evaluated leave it undecided. Opt-in because many organisations "
                    + "select backups by tag from a central account.")
            .rationale("A volume that is not in a backup plan has no scheduled, retained snapshots: a deleted or "
                    + "corrupted volume, or ransomware on the instance, loses its data for good.")
            .remediation("Add the volume to an `aws_backup_selection` (`resources = [aws_ebs_volume.x.arn]`) or "
                    + "give it the tag your backup selection selects.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html")
            .compliance("NIST-800-53:CP-9")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV2_AWS_9")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BackupNotCovering.check(module, reporter, List.of("aws_ebs_volume"), volume -> false, "EBS volume");
    }
}
