package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A trail that records API activity in its home region only. */
public final class CloudTrailNotMultiRegion extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS210", "Trail records one region only")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` whose `is_multi_region_trail` is absent (the default is false) or "
                    + "false. When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("A single-region trail misses whatever happens in the other regions, which is exactly where "
                    + "an intruder with stolen credentials starts instances or copies data to avoid notice. A "
                    + "multi-region trail also picks up regions enabled later without a change.")
            .remediation("Set `is_multi_region_trail = true` (and keep `include_global_service_events = true`).")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("CIS-AWS-3.0:3.1").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_67")
            .equivalent("trivy", "AVD-AWS-0014")
            .equivalent("tfsec", "aws-cloudtrail-enable-all-regions")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            String name = trail.block().address();
            ExpectedFlag.check(reporter, trail.block().header(), trail.attribute("is_multi_region_trail"), true,
                    false,
                    name + " does not set is_multi_region_trail, so it records only its own region; set "
                            + "is_multi_region_trail = true",
                    name + " sets is_multi_region_trail = false: activity in other regions is not recorded; set it "
                            + "to true",
                    "whether " + name + " records every region");
        }
    }
}
