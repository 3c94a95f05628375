package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A trail whose delivered log files can be altered or deleted without detection. */
public final class CloudTrailLogValidationDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS211", "Trail log file validation off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` whose `enable_log_file_validation` is absent (the default is false) "
                    + "or false. When the value is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("With validation on, CloudTrail signs an hourly digest of the files it delivered, so an "
                    + "auditor can prove that no log file was changed or removed afterwards (PCI DSS 10.3.4). "
                    + "Without it, someone who can write to the bucket can rewrite history unnoticed.")
            .remediation("Set `enable_log_file_validation = true` and check digests with `aws cloudtrail "
                    + "validate-logs` when evidence is needed.")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html")
            .compliance("PCI-DSS-4.0:10.3.4").compliance("NIST-800-53:AU-9").compliance("CIS-AWS-3.0:3.2")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_36")
            .equivalent("trivy", "AVD-AWS-0016")
            .equivalent("tfsec", "aws-cloudtrail-enable-log-validation")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            String name = trail.block().address();
            ExpectedFlag.check(reporter, trail.block().header(), trail.attribute("enable_log_file_validation"), true,
                    false,
                    name + " does not set enable_log_file_validation, so tampering with its log files goes "
                            + "unnoticed; set enable_log_file_validation = true",
                    name + " sets enable_log_file_validation = false: tampering with its log files goes unnoticed; "
                            + "set it to true",
                    "whether " + name + " validates its log files");
        }
    }
}
