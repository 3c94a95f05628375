package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

/** A VPC whose traffic no flow log records. */
public final class VpcFlowLogsDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS121", "VPC has no flow log")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_vpc` that no `aws_flow_log` of the module refers to through `vpc_id` (directly, "
                    + "through locals, or by the VPC's id). When some flow log's `vpc_id` is unknown (a variable "
                    + "without a value, another module's output), it may be this VPC's, so nothing is reported "
                    + "(--show-unknown names the unknown inputs).")
            .rationale("Flow logs are the record of which addresses talked to which, accepted or rejected: without "
                    + "them an intrusion or an exfiltration through the network cannot be investigated, and the "
                    + "audit trail of network access to the cardholder-data environment is missing (PCI DSS 10.2.1, "
                    + "CIS AWS 3.7).")
            .remediation("Add an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id`, `traffic_type = \"ALL\"` and a "
                    + "CloudWatch Logs group or S3 bucket with retention as destination.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-12").compliance("NIST-800-53:SI-4")
            .compliance("CIS-AWS-3.0:3.7").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_11")
            .equivalent("trivy", "AVD-AWS-0178")
            .equivalent("tfsec", "aws-ec2-require-vpc-flow-logs-for-all-vpcs")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance vpc : reporter.resources(module, "aws_vpc")) {
            References.Referrers logs = References.referrers(module, vpc, "aws_flow_log", "vpc_id");
            if (!logs.isEmpty()) continue;
            if (!logs.certainlyNone()) {
                reporter.undecided(vpc.block().header(), "whether a flow log records " + vpc.address(),
                        logs.unknownReasons());
                continue;
            }
            reporter.report(vpc.block().header(), vpc.address() + " has no flow log, so its traffic is not recorded; "
                    + "add an aws_flow_log with vpc_id = " + vpc.address() + ".id and traffic_type = \"ALL\"");
        }
    }
}
