package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Set;

/** A MySQL, MariaDB or PostgreSQL database that only accepts passwords, not short-lived IAM tokens. */
public final class RdsIamAuthenticationDisabled extends TerraformRule {
    /** Engines for which RDS supports IAM database authentication. */
    private static final Set<String> SUPPORTED = Set.of("mysql", "mariadb", "postgres", "aurora", "aurora-mysql",
            "aurora-postgresql");

    static final RuleMeta META = RuleMeta.builder("AWS178", "IAM database authentication off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster` whose engine supports IAM authentication "
                    + "(MySQL, MariaDB, PostgreSQL and their Aurora forms) with "
                    + "`iam_database_authentication_enabled` absent (default false) or false. Other engines, and "
                    + "resources that do not name their engine (replicas, snapshot restores), are skipped. An unknown "
                    + "value or engine is left undecided.")
            .rationale("With IAM authentication, applications and people connect with 15-minute tokens tied to an "
                    + "IAM identity, so access is granted, reviewed and revoked in one place and logged in "
                    + "CloudTrail, instead of through long-lived shared database passwords (PCI DSS 8.2.2).")
            .remediation("Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles "
                    + "that need a database user.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html")
            .compliance("NIST-800-53:IA-2").compliance("NIST-800-53:AC-2").compliance("PCI-DSS-4.0:8.2.2")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_161").equivalent("checkov", "CKV_AWS_162")
            .equivalent("checkov", "CKV_AWS_128")
            .equivalent("trivy", "AVD-AWS-0176").equivalent("tfsec", "aws-rds-enable-iam-auth")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                String name = db.block().address();
                Value engine = db.value("engine");
                if (engine.isAbsent() || engine.isNull()) continue;
                if (engine.isKnown() && !engine.string().map(SUPPORTED::contains).orElse(false)) continue;
                var attribute = db.attribute("iam_database_authentication_enabled");
                if (!engine.isKnown()) {
                    boolean on = attribute.isPresent() && attribute.get().value().isTrue();
                    if (!on) reporter.undecided(db.block().header(), "whether " + name
                            + " supports and enables IAM authentication", engine.unknownReasons());
                    continue;
                }
                ExpectedFlag.check(reporter, db.block().header(), attribute, true, false,
                        name + " does not set iam_database_authentication_enabled, so it accepts only database "
                                + "passwords; set iam_database_authentication_enabled = true",
                        name + " sets iam_database_authentication_enabled = false; set it to true",
                        "whether " + name + " enables IAM authentication");
            }
        }
    }
}
