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

/** A rotating key whose rotation period is longer than the organisation's cryptoperiod. */
public final class KmsKeyRotationPeriodTooLong extends TerraformRule {
    static final String MAX_DAYS = "maxDays";
    static final int DEFAULT_MAX_DAYS = 365;
    /** What AWS uses when rotation is on and {@code rotation_period_in_days} is not written. */
    private static final int PROVIDER_DEFAULT = 365;

    static final RuleMeta META = RuleMeta.builder("AWS107", "Key rotation period longer than the policy maximum")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_kms_key` with `enable_key_rotation = true` whose `rotation_period_in_days` is "
                    + "above the maximum (setting `maxDays`, default 365; AWS uses 365 when the attribute is absent). "
                    + "Keys without rotation are AWS100's. When a value is unknown, nothing is reported "
                    + "(--show-unknown names the unknown inputs).")
            .rationale("The rotation period is the key's cryptoperiod: PCI DSS 3.6.1 and 3.7.4 expect it to be "
                    + "defined and enforced, and a period longer than the organisation's key-management policy "
                    + "leaves more data under each key version than the policy accepts.")
            .remediation("Set `rotation_period_in_days` to the cryptoperiod of your key-management policy (90 to "
                    + "2560 days are accepted).")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html")
            .compliance("NIST-800-53:SC-12").compliance("PCI-DSS-4.0:3.7.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int maxDays = reporter.positiveSetting(MAX_DAYS, DEFAULT_MAX_DAYS);
        for (ResourceInstance key : reporter.resources(module, "aws_kms_key")) {
            String name = key.address();
            String question = "whether " + name + " rotates at least every " + maxDays + " days";
            Value rotation = key.value("enable_key_rotation");
            Optional<EvaluatedAttribute> period = key.attribute("rotation_period_in_days");
            Value v = period.map(EvaluatedAttribute::value).orElse(Value.absent("rotation_period_in_days"));
            if (rotation.isKnown() && !rotation.isTrue()) continue;
            if (rotation.isAbsent()) continue;
            if (!rotation.isKnown()) {
                if (period.isPresent() && !reporter.inThisFile(period.get())) continue;
                reporter.undecided(period.map(p -> p.source().node().span()).orElse(key.block().header()), question,
                        rotation.unknownReasons());
                continue;
            }
            if (period.isEmpty() || v.isNull()) {
                if (PROVIDER_DEFAULT > maxDays) {
                    reporter.report(key.block().header(), name + " rotates every " + PROVIDER_DEFAULT
                            + " days (the default), longer than the allowed " + maxDays + "; set "
                            + "rotation_period_in_days = " + maxDays);
                }
                continue;
            }
            if (!reporter.inThisFile(period.get())) continue;
            var at = period.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, question, v.unknownReasons());
                continue;
            }
            Optional<BigDecimal> days = v.number();
            if (days.isPresent() && days.get().compareTo(BigDecimal.valueOf(maxDays)) > 0) {
                reporter.report(at, name + " sets rotation_period_in_days = " + days.get().toPlainString()
                        + ", longer than the allowed " + maxDays + " days; set it to " + maxDays + " or less");
            }
        }
    }
}
