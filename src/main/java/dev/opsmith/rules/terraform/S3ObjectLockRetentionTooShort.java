package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An object lock default retention shorter than the organisation's minimum, or revocable when it should not be. */
public final class S3ObjectLockRetentionTooShort extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS020", "Object lock retention shorter than the policy minimum")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `default_retention` of object lock, inline in `object_lock_configuration.rule` "
                    + "(provider v3) or in an `aws_s3_bucket_object_lock_configuration` (v4+), whose `days` (or "
                    + "`years` × 365) is below the minimum, setting `minDays` (default 365); with the setting "
                    + "`requireCompliance = true`, also a `mode` of `GOVERNANCE`, which users with a special "
                    + "permission can bypass. Unknown values are not reported; --show-unknown names them.")
            .rationale("Audit logs must stay available for at least a year (PCI DSS 10.5.1); a lock that expires "
                    + "sooner lets evidence be deleted while it may still be needed.")
            .remediation("Raise `days` to the retention the organisation committed to (or use `years`), and use "
                    + "`mode = \"COMPLIANCE\"` for evidence that nobody may delete early.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html#object-lock-retention-modes")
            .compliance("NIST-800-53:AU-11").compliance("PCI-DSS-4.0:10.5.1").compliance("SOC2:CC7.2")
            .compliance("DORA:Art.10(1)")
            .build();

    static final String MIN_DAYS = "minDays";
    static final String REQUIRE_COMPLIANCE = "requireCompliance";
    private static final int DEFAULT_MIN_DAYS = 365;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(MIN_DAYS, DEFAULT_MIN_DAYS);
        boolean requireCompliance = reporter.setting(REQUIRE_COMPLIANCE).stream()
                .anyMatch(v -> v.strip().equalsIgnoreCase("true"));
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            List<EvaluatedBlock> inline = S3Checks.inlineToJudge(reporter, bucket.facet(Concern.OBJECT_LOCK));
            for (EvaluatedBlock retention : S3Checks.nested(inline, "rule", "default_retention")) {
                judge(reporter, bucket.name(), retention, minDays, requireCompliance);
            }
        }
        for (ResourceInstance config : S3Checks.splitInThisFile(module, reporter, Concern.OBJECT_LOCK)) {
            for (EvaluatedBlock retention : S3Checks.nested(config, "rule", "default_retention")) {
                judge(reporter, config.block().address(), retention, minDays, requireCompliance);
            }
        }
    }

    private static void judge(Reporter reporter, String name, EvaluatedBlock retention, int minDays,
                              boolean requireCompliance) {
        if (!reporter.inThisFile(retention.source().file())) return;
        String question = "whether the object lock retention of " + name + " is long enough";
        for (String unit : List.of("days", "years")) {
            Optional<EvaluatedAttribute> attribute = retention.attribute(unit);
            if (attribute.isEmpty() || attribute.get().value().isNull()) continue;
            Value v = attribute.get().value();
            Optional<BigDecimal> number = v.asNumber();
            if (!v.isKnown()) {
                reporter.undecided(S3Checks.span(attribute.get()), question, v.unknownReasons());
            } else if (number.isPresent()) {
                long days = number.get().longValue() * (unit.equals("years") ? 365 : 1);
                if (days < minDays) {
                    reporter.report(S3Checks.span(attribute.get()), name + " keeps objects locked for " + days
                            + " days, less than the minimum of " + minDays + "; raise the retention");
                }
            }
        }
        if (!requireCompliance) return;
        retention.attribute("mode").ifPresent(mode -> {
            Value v = mode.value();
            if (!v.isKnown()) {
                reporter.undecided(S3Checks.span(mode), question, v.unknownReasons());
            } else if (v.string().map("GOVERNANCE"::equals).orElse(false)) {
                reporter.report(S3Checks.span(mode), name + " uses GOVERNANCE mode, which privileged users can "
                        + "bypass; use COMPLIANCE");
            }
        });
    }

}
