package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.Optional;

/** A key whose scheduled deletion leaves less time to notice and cancel it than the policy asks. */
public final class KmsKeyDeletionWindowShort extends TerraformRule {
    static final String MIN_DAYS = "minDays";
    static final int DEFAULT_MIN_DAYS = 30;
    /** What AWS uses when {@code deletion_window_in_days} is not written. */
    private static final int PROVIDER_DEFAULT = 30;

    static final RuleMeta META = RuleMeta.builder("AWS103", "Key deletion window shorter than the policy minimum")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_kms_key` or `aws_kms_external_key` whose `deletion_window_in_days` is below the "
                    + "minimum (setting `minDays`, default 30; AWS accepts 7 to 30 and uses 30 when the attribute is "
                    + "absent). When the value is unknown, nothing is reported (--show-unknown names the unknown "
                    + "input).")
            .rationale("Deleting a key destroys every piece of data encrypted under it, backups included. The "
                    + "waiting period is the only chance to notice a mistaken or malicious deletion and cancel it; "
                    + "a week is easily lost to a holiday or an incident.")
            .remediation("Remove `deletion_window_in_days` or set it to 30, and alarm on `ScheduleKeyDeletion` in "
                    + "CloudTrail.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html")
            .compliance("NIST-800-53:SC-12").compliance("NIST-800-53:CP-9").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(MIN_DAYS, DEFAULT_MIN_DAYS);
        for (String type : new String[] {"aws_kms_key", "aws_kms_external_key"}) {
            for (ResourceInstance key : reporter.resources(module, type)) judge(key, minDays, reporter);
        }
    }

    private static void judge(ResourceInstance key, int minDays, Reporter reporter) {
        String name = key.address();
        Optional<EvaluatedAttribute> window = key.attribute("deletion_window_in_days");
        Value v = window.map(EvaluatedAttribute::value).orElse(Value.absent("deletion_window_in_days"));
        if (window.isEmpty() || v.isNull()) {
            if (PROVIDER_DEFAULT < minDays) {
                reporter.report(key.block().header(), name + " keeps the default deletion window of "
                        + PROVIDER_DEFAULT + " days, below the required " + minDays + " days");
            }
            return;
        }
        if (!reporter.inThisFile(window.get())) return;
        var at = window.get().source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, "whether " + name + " waits at least " + minDays + " days before deletion",
                    v.unknownReasons());
            return;
        }
        Optional<BigDecimal> days = v.asNumber();
        if (days.isPresent() && days.get().compareTo(BigDecimal.valueOf(minDays)) < 0) {
            reporter.report(at, name + " sets deletion_window_in_days = " + days.get().toPlainString()
                    + ", below the required " + minDays + " days; a mistaken deletion must stay cancellable, "
                    + "set it to " + Math.min(minDays, PROVIDER_DEFAULT));
        }
    }
}
