package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.List;

/** A backup vault that a backup plan writes to, with no vault lock: its recovery points can be deleted. */
public final class BackupVaultWithoutLock extends TerraformRule {
    static final String LOCK = "aws_backup_vault_lock_configuration";

    static final RuleMeta META = RuleMeta.builder("AWS331", "Backup vault not locked (recovery points deletable)")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_backup_vault` that a backup plan rule targets (`target_vault_name`) and that no "
                    + "`aws_backup_vault_lock_configuration` refers to (`backup_vault_name`). Vaults no plan of the "
                    + "module uses are not judged; `aws_backup_logically_air_gapped_vault` is always locked. When a "
                    + "lock configuration's vault cannot be known, the vault is left undecided.")
            .rationale("Without a vault lock anyone with backup permissions, including an attacker who took over "
                    + "an administrator role, can delete recovery points or shorten their retention before "
                    + "encrypting production data. A lock in compliance mode makes them immutable (WORM).")
            .remediation("Add `resource \"aws_backup_vault_lock_configuration\" \"x\" { backup_vault_name = "
                    + "aws_backup_vault.x.name min_retention_days = 35 }` (add `changeable_for_days` for compliance "
                    + "mode once the settings are proven).")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html")
            .compliance("NIST-800-53:CP-9").compliance("NIST-800-53:SI-7").compliance("DORA:Art.12(3)")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance vault : reporter.resources(module, "aws_backup_vault")) {
            if (!usedByAPlan(module, vault)) continue;
            String name = vault.block().address();
            var locks = References.referrers(module, vault, LOCK, "backup_vault_name", "name");
            if (locks.certainlyNone()) {
                reporter.report(vault.block().header(), name + " receives backups but has no " + LOCK + ", so its "
                        + "recovery points can be deleted; add a vault lock");
            } else if (locks.isEmpty()) {
                reporter.undecided(vault.block().header(), "whether " + name + " is locked", locks.unknownReasons());
            }
        }
    }

    /** Whether some plan rule of the module certainly targets the vault. */
    private static boolean usedByAPlan(EvaluatedModule module, ResourceInstance vault) {
        for (ResourceInstance plan : module.resources("aws_backup_plan")) {
            for (EvaluatedBlock rule : plan.blocks("rule")) {
                var target = rule.attribute("target_vault_name");
                if (target.isEmpty()) continue;
                Link link = References.link(target.get().value(), List.of(vault), "name");
                if (link.isLinked()) return true;
            }
        }
        return false;
    }
}
