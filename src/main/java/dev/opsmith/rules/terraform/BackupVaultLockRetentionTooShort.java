package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A vault lock whose minimum retention lets recovery points be deleted sooner than the backup policy wants. */
public final class BackupVaultLockRetentionTooShort extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS339", "Vault lock minimum retention shorter than the policy")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_backup_vault_lock_configuration` whose `min_retention_days` is below the minimum "
                    + "(default 35 days, setting `rules.settings.AWS339.minDays`, normally the same as AWS332's). "
                    + "Without `min_retention_days` the lock sets no floor and is not judged here. An unknown value "
                    + "is left undecided.")
            .rationale("The lock is what stops a compromised administrator from deleting or shortening recovery "
                    + "points; a floor below the retention policy lets them expire points the policy promised to "
                    + "keep.")
            .remediation("Set `min_retention_days` to at least the retention your backup rules use.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html")
            .compliance("NIST-800-53:CP-9")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(BackupPlanRetentionTooShort.MIN_DAYS, BackupPlanRetentionTooShort.DEFAULT_MIN_DAYS);
        for (ResourceInstance lock : reporter.resources(module, "aws_backup_vault_lock_configuration")) {
            var attribute = lock.attribute("min_retention_days");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            String name = lock.block().address();
            var at = attribute.get().source().node().span();
            if (v.isNull()) continue;
            if (!v.isKnown()) {
                reporter.undecided(at, "the minimum retention of " + name, v.unknownReasons());
            } else if (v.number().map(n -> n.compareTo(BigDecimal.valueOf(minDays)) < 0).orElse(false)) {
                reporter.report(at, name + " lets recovery points be deleted after "
                        + v.number().get().toPlainString() + " days, below the " + minDays + "-day minimum; raise "
                        + "min_retention_days");
            }
        }
    }
}
