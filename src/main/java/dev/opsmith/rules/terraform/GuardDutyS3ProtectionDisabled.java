package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/**
 * GuardDuty's S3 protection (analysis of S3 data events) explicitly turned off, in the legacy
 * {@code datasources { s3_logs { enable } }} form or as an {@code aws_guardduty_detector_feature}.
 */
public final class GuardDutyS3ProtectionDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS317", "GuardDuty S3 protection off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_guardduty_detector` whose `datasources { s3_logs { enable = false } }` turns S3 "
                    + "protection off, or an `aws_guardduty_detector_feature` named `S3_DATA_EVENTS` with "
                    + "`status = \"DISABLED\"`. Not mentioning S3 protection is accepted: new detectors enable it. "
                    + "Unknown values are left undecided.")
            .rationale("S3 protection watches object-level API calls for anomalous access, such as bulk downloads "
                    + "from an unusual location; without it a stolen credential can drain a bucket of statements "
                    + "or card data unnoticed.")
            .remediation("Remove the opt-out: set `enable = true` in `s3_logs`, or `status = \"ENABLED\"` on the "
                    + "`S3_DATA_EVENTS` detector feature.")
            .reference("https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html")
            .compliance("NIST-800-53:SI-4")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance detector : reporter.resources(module, "aws_guardduty_detector")) {
            String name = detector.block().address();
            for (EvaluatedBlock sources : detector.blocks("datasources")) {
                for (EvaluatedBlock s3 : sources.blocks("s3_logs")) {
                    if (!reporter.inThisFile(s3.source().file())) continue;
                    var enable = s3.attribute("enable");
                    if (enable.isEmpty() || enable.get().value().isNull()) continue;
                    ExpectedFlag.check(reporter, s3.source().node().typeSpan(), enable, true, true, "",
                            name + " turns S3 protection off (s3_logs enable = false); set enable = true",
                            "whether " + name + " protects S3");
                }
            }
        }
        for (ResourceInstance feature : reporter.resources(module, "aws_guardduty_detector_feature")) {
            Value featureName = feature.value("name");
            var status = feature.attribute("status");
            if (status.isEmpty() || !reporter.inThisFile(status.get())) continue;
            String name = feature.block().address();
            if (!featureName.isKnown()) {
                if (isDisabled(status.get().value())) {
                    reporter.undecided(status.get().source().node().span(),
                            "whether " + name + " disables S3 protection", featureName.unknownReasons());
                }
                continue;
            }
            if (!featureName.string().map("S3_DATA_EVENTS"::equals).orElse(false)) continue;
            Value v = status.get().value();
            if (!v.isKnown()) {
                reporter.undecided(status.get().source().node().span(),
                        "whether " + name + " disables S3 protection", v.unknownReasons());
            } else if (isDisabled(v)) {
                reporter.report(status.get().source().node().span(), name + " disables GuardDuty S3 protection "
                        + "(S3_DATA_EVENTS); set status = \"ENABLED\"");
            }
        }
    }

    static boolean isDisabled(Value status) {
        return status.string().map("DISABLED"::equals).orElse(false);
    }
}
