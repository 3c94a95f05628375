package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

/** A backup plan that no selection assigns resources to: it runs, and backs up nothing. */
public final class BackupPlanWithoutSelection extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS334", "Backup plan selects nothing")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_backup_plan` that no `aws_backup_selection` of the module refers to through "
                    + "`plan_id`. When some selection's `plan_id` cannot be known (a variable without a value), "
                    + "the plan is left undecided.")
            .rationale("A plan without a selection looks like a working backup in reviews and dashboards but "
                    + "creates no recovery points; the gap shows only when a restore is needed.")
            .remediation("Add an `aws_backup_selection` with `plan_id = aws_backup_plan.<name>.id` and the "
                    + "resources (or tags) the plan must protect, or remove the unused plan.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html")
            .compliance("NIST-800-53:CP-9")
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
            var selections = References.referrers(module, plan, "aws_backup_selection", "plan_id");
            if (selections.certainlyNone()) {
                reporter.report(plan.block().header(), name + " has no aws_backup_selection, so it backs up "
                        + "nothing; add a selection with plan_id = " + name + ".id");
            } else if (selections.isEmpty()) {
                reporter.undecided(plan.block().header(), "whether a selection uses " + name,
                        selections.unknownReasons());
            }
        }
    }
}
