package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** A trail that only writes to S3, so no metric filter or alarm can watch its events. */
public final class CloudTrailNotSentToCloudWatch extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS213", "Trail not delivered to CloudWatch Logs")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` without `cloud_watch_logs_group_arn` (absent, null or empty). A "
                    + "reference or a variable counts as set: the group exists in some form.")
            .rationale("Events that reach CloudWatch Logs can drive metric filters and alarms for root logins, "
                    + "policy changes or disabled trails within minutes (PCI DSS 10.4.1); logs that only land in S3 "
                    + "are read after the fact, if at all.")
            .remediation("Create an `aws_cloudwatch_log_group` and a role CloudTrail can assume to write to it, and "
                    + "set `cloud_watch_logs_group_arn = \"${aws_cloudwatch_log_group.trail.arn}:*\"` and "
                    + "`cloud_watch_logs_role_arn`.")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html")
            .compliance("PCI-DSS-4.0:10.4.1").compliance("NIST-800-53:AU-6").compliance("NIST-800-53:SI-4")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_10")
            .equivalent("trivy", "AVD-AWS-0162")
            .equivalent("tfsec", "aws-cloudtrail-ensure-cloudwatch-integration")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            Optional<EvaluatedAttribute> group = trail.attribute("cloud_watch_logs_group_arn");
            if (group.isPresent() && !reporter.inThisFile(group.get())) continue;
            Value v = trail.value("cloud_watch_logs_group_arn");
            boolean missing = v.isAbsent() || v.isNull() || v.string().map(String::isBlank).orElse(false);
            if (missing) {
                reporter.report(trail.block().header(), trail.block().address() + " does not deliver its events to "
                        + "CloudWatch Logs, so no alarm can watch them; set cloud_watch_logs_group_arn and "
                        + "cloud_watch_logs_role_arn");
            }
        }
    }
}
