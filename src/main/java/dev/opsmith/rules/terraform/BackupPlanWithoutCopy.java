package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A backup plan none of whose rules copies recovery points to another vault (region or account). */
public final class BackupPlanWithoutCopy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS333", "Backup plan keeps no copy in another region or account")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_backup_plan` none of whose `rule` blocks has a `copy_action`. A `dynamic` rule or "
                    + "copy block with an unknown `for_each` is left undecided. Opt-in because cross-region or "
                    + "cross-account copies are an architecture decision (and a cost).")
            .rationale("Recovery points in the same account and region share its fate: a regional outage, a "
                    + "compromised account or a deleted vault takes them all. DORA expects backups kept physically "
                    + "and logically apart from the source systems.")
            .remediation("Add `copy_action { destination_vault_arn = \"arn:aws:backup:<other-region>:<backup-account>"
                    + ":backup-vault:<name>\" }` to at least one rule, with its own `lifecycle`.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html")
            .compliance("NIST-800-53:CP-6").compliance("NIST-800-53:CP-9").compliance("DORA:Art.12(3)")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance plan : reporter.resources(module, "aws_backup_plan")) {
            String name = plan.block().address();
            boolean undecided = false;
            boolean copies = false;
            for (EvaluatedBlock rule : plan.blocks("rule")) {
                if (rule.undecided().isPresent()) undecided = true;
                for (EvaluatedBlock copy : rule.blocks("copy_action")) {
                    if (copy.undecided().isPresent()) undecided = true;
                    else copies = true;
                }
            }
            if (copies) continue;
            if (undecided) {
                reporter.undecided(plan.block().header(), "whether " + name + " copies its recovery points",
                        java.util.List.of("a dynamic block with an unknown for_each"));
            } else {
                reporter.report(plan.block().header(), name + " keeps every recovery point in one vault; add a "
                        + "copy_action to another region or account");
            }
        }
    }
}
