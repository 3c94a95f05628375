package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A database instance that will not receive engine minor versions (security fixes) in its maintenance window. */
public final class RdsAutoMinorUpgradeDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS179", "Minor version upgrades are disabled")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster_instance` with "
                    + "`auto_minor_version_upgrade = false`. The provider's default is true, so an absent attribute "
                    + "is fine. An unknown value is left undecided.")
            .rationale("Engine minor versions carry security fixes. With automatic minor upgrades off, patches wait "
                    + "for someone to raise `engine_version` by hand, which in practice means they lag behind "
                    + "(PCI DSS 6.3.3 asks for timely patching).")
            .remediation("Remove `auto_minor_version_upgrade` or set it to true, and pick a `maintenance_window` "
                    + "that suits the service.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades")
            .compliance("NIST-800-53:SI-2").compliance("PCI-DSS-4.0:6.3.3").compliance("CIS-AWS-3.0:2.3.2")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .equivalent("checkov", "CKV_AWS_226")
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
                ExpectedFlag.check(reporter, db.block().header(), db.attribute("auto_minor_version_upgrade"), true,
                        true, "", name + " sets auto_minor_version_upgrade = false: engine security fixes are not "
                                + "applied in the maintenance window; set it to true",
                        "whether " + name + " receives minor version upgrades");
            }
        }
    }
}
