package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

import java.util.List;

/** An EFS file system that neither an AWS Backup selection nor an enabled EFS backup policy protects. */
public final class EfsNotInBackupPlan extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS337", "EFS file system not covered by AWS Backup")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_efs_file_system` without an `aws_efs_backup_policy` whose `backup_policy` has "
                    + "`status = \"ENABLED\"` (EFS automatic backups, which use AWS Backup), and that no "
                    + "`aws_backup_selection` of the module selects by reference, by an ARN pattern covering file "
                    + "systems or by a tag it carries. Selections that cannot be evaluated leave it undecided. "
                    + "Opt-in because many organisations select backups by tag from a central account.")
            .rationale("Shared file systems often hold exports, statements and batch files that exist nowhere "
                    + "else; without a backup, a deletion or an encrypting attacker loses them for good.")
            .remediation("Add `resource \"aws_efs_backup_policy\" \"x\" { file_system_id = aws_efs_file_system.x.id "
                    + "backup_policy { status = \"ENABLED\" } }`, or add the file system to a backup selection.")
            .reference("https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html")
            .compliance("NIST-800-53:CP-9")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV2_AWS_18")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BackupNotCovering.check(module, reporter, List.of("aws_efs_file_system"),
                fs -> hasEnabledBackupPolicy(module, fs), "EFS file system");
    }

    /**
     * Whether an EFS backup policy turns automatic backups on; a policy that cannot be linked or whose status is
     * unknown counts too, so that nothing is reported on a guess.
     */
    private static boolean hasEnabledBackupPolicy(EvaluatedModule module, ResourceInstance fs) {
        var policies = References.referrers(module, fs, "aws_efs_backup_policy", "file_system_id");
        if (!policies.unknownReasons().isEmpty()) return true;
        for (ResourceInstance policy : policies.resources()) {
            for (EvaluatedBlock block : policy.blocks("backup_policy")) {
                var status = block.attribute("status").map(a -> a.value()).orElse(null);
                if (status == null) continue;
                if (!status.isKnown() || status.string().map("ENABLED"::equals).orElse(false)) return true;
            }
        }
        return false;
    }
}
