package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** The region's default VPC is adopted into the configuration instead of being deleted. */
public final class DefaultVpcManaged extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS132", "Default VPC is brought under management")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_default_vpc` resource. It adopts the VPC AWS creates in every region, whose "
                    + "subnets are all public and whose route table sends everything to an internet gateway.")
            .rationale("Workloads placed in the default VPC inherit a network nobody designed: public subnets, "
                    + "default routes and a default security group; regulated estates delete it so that every "
                    + "network in the account is a reviewed one.")
            .remediation("Delete the default VPC in each region (for example from the account baseline) and build "
                    + "the workload's own `aws_vpc` with private subnets.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html")
            .compliance("NIST-800-53:SC-7").compliance("NIST-800-53:CM-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_148")
            .equivalent("trivy", "AVD-AWS-0101")
            .equivalent("tfsec", "aws-ec2-no-default-vpc")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance vpc : reporter.resources(module, "aws_default_vpc")) {
            reporter.report(vpc.block().header(), vpc.address() + " manages the region's default VPC, whose subnets "
                    + "are public by design; delete the default VPC and use a VPC of your own");
        }
    }
}
