package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A backup plan rule whose recovery points are deleted sooner than the required minimum. */
public final class BackupPlanRetentionTooShort extends TerraformRule {
    static final String MIN_DAYS = "minDays";
    static final int DEFAULT_MIN_DAYS = 35;

    static final RuleMeta META = RuleMeta.builder("AWS332", "Backup rule keeps recovery points too briefly")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_backup_plan` `rule` whose `lifecycle { delete_after }` is below the minimum "
                    + "(default 35 days, setting `rules.settings.AWS332.minDays`). A rule without `lifecycle` or "
                    + "`delete_after` keeps recovery points until they are deleted by hand and is accepted. An "
                    + "unknown value is left undecided.")
            .rationale("Corruption, a faulty release or ransomware is often noticed weeks later; recovery points "
                    + "that expire first leave nothing clean to restore. Five weeks covers a monthly close and the "
                    + "usual detection delay.")
            .remediation("Raise `delete_after` to at least the minimum (e.g. 35 days for daily backups), and keep "
                    + "monthly or yearly points in a separate rule with a longer lifecycle.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html")
            .compliance("NIST-800-53:CP-9").compliance("PCI-DSS-4.0:12.10.1")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(MIN_DAYS, DEFAULT_MIN_DAYS);
        for (ResourceInstance plan : reporter.resources(module, "aws_backup_plan")) {
            String name = plan.block().address();
            for (EvaluatedBlock rule : plan.blocks("rule")) {
                if (!reporter.inThisFile(rule.source().file())) continue;
                String ruleName = rule.attribute("rule_name").flatMap(a -> a.value().string()).orElse("?");
                for (EvaluatedBlock lifecycle : rule.blocks("lifecycle")) {
                    var deleteAfter = lifecycle.attribute("delete_after");
                    if (deleteAfter.isEmpty()) continue;
                    Value v = deleteAfter.get().value();
                    var at = deleteAfter.get().source().node().span();
                    if (v.isNull()) continue;
                    if (!v.isKnown()) {
                        reporter.undecided(at, "how long " + name + " keeps recovery points", v.unknownReasons());
                    } else if (v.number().map(n -> n.compareTo(BigDecimal.valueOf(minDays)) < 0).orElse(false)) {
                        reporter.report(at, name + " rule " + ruleName + " deletes recovery points after "
                                + v.number().get().toPlainString() + " days, below the " + minDays + "-day minimum; "
                                + "raise delete_after");
                    }
                }
            }
        }
    }

}
