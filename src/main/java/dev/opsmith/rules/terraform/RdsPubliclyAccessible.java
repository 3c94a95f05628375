package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A database instance that gets a public DNS name and address, reachable from outside its VPC. */
public final class RdsPubliclyAccessible extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS172", "Database instance is publicly accessible")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster_instance` with `publicly_accessible = true`. "
                    + "The provider's default is false, so only a written true is reported. An unknown value is "
                    + "left undecided (--show-unknown names the input).")
            .rationale("A publicly accessible instance resolves to a public address; with a subnet routed to an "
                    + "internet gateway, only its security group stands between the database and the internet. "
                    + "Payment data stores belong in private subnets (PCI DSS 1.4.1).")
            .remediation("Remove `publicly_accessible` or set it to false, place the instance in private subnets "
                    + "and reach it through a bastion, VPN or private link.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("NIST-800-53:AC-3")
            .compliance("CIS-AWS-3.0:2.3.3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_17")
            .equivalent("trivy", "AVD-AWS-0180")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster_instance")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                String name = db.block().address();
                ExpectedFlag.check(reporter, db.block().header(), db.attribute("publicly_accessible"), false, false,
                        "", name + " sets publicly_accessible = true: it gets a public address reachable from "
                                + "outside the VPC; set it to false and use private subnets",
                        "whether " + name + " is publicly accessible");
            }
        }
    }
}
