package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.ArrayList;
import java.util.List;

/** Performance Insights turned on with its data (which includes SQL text) encrypted by the AWS-managed key. */
public final class RdsPerformanceInsightsNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS180",
                    "Performance Insights data not encrypted with a customer key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with "
                    + "`performance_insights_enabled = true` and `performance_insights_kms_key_id` absent (RDS then "
                    + "uses the AWS-managed `aws/rds` key) or naming an `alias/aws/...` key. Resources without "
                    + "Performance Insights are not judged. Unknown values are left undecided.")
            .rationale("Performance Insights stores the text of the top SQL statements, which can carry account "
                    + "numbers, names or tokens passed as literals; a customer-managed key lets the key policy "
                    + "decide who can read that history and records each use.")
            .remediation("Set `performance_insights_kms_key_id = aws_kms_key.rds.arn` (the key cannot be changed "
                    + "once Performance Insights is on, without turning it off and on again).")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.html")
            .compliance("NIST-800-53:SC-28").compliance("NIST-800-53:SC-12")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_354")
            .equivalent("trivy", "AVD-AWS-0078")
            .equivalent("tfsec", "aws-rds-performance-insights-encryption-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                check(reporter, db);
            }
        }
    }

    private static void check(Reporter reporter, ResourceInstance db) {
        var enabledAttribute = db.attribute("performance_insights_enabled");
        if (enabledAttribute.isEmpty()) return;
        Value enabled = enabledAttribute.get().value();
        if (enabled.isFalse() || enabled.isNull()) return;
        String name = db.block().address();
        var keyAttribute = db.attribute("performance_insights_kms_key_id");
        Value key = db.value("performance_insights_kms_key_id");
        KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key);
        if (kind == KmsKeyRefs.Kind.CUSTOMER_MANAGED) return;
        if (!enabled.isKnown() || kind == KmsKeyRefs.Kind.UNKNOWN) {
            List<String> reasons = new ArrayList<>(enabled.unknownReasons());
            if (kind == KmsKeyRefs.Kind.UNKNOWN) reasons.addAll(key.unknownReasons());
            var at = kind == KmsKeyRefs.Kind.UNKNOWN ? keyAttribute.get() : enabledAttribute.get();
            if (reporter.inThisFile(at)) {
                reporter.undecided(at.source().node().span(),
                        "which key encrypts the Performance Insights data of " + name, reasons);
            }
            return;
        }
        if (kind == KmsKeyRefs.Kind.ABSENT) {
            if (reporter.inThisFile(enabledAttribute.get())) {
                reporter.report(enabledAttribute.get().source().node().span(), name + " enables Performance "
                        + "Insights without performance_insights_kms_key_id, so its SQL history is encrypted with the "
                        + "AWS-managed key; set a customer-managed key");
            }
        } else if (reporter.inThisFile(keyAttribute.get())) {
            reporter.report(keyAttribute.get().source().node().span(), name + " encrypts its Performance Insights "
                    + "data with an AWS-managed key; use a customer-managed KMS key");
        }
    }
}
