package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Set;

/** A database instance with no standby in a second availability zone. */
public final class RdsInstanceNotMultiAz extends TerraformRule {
    /** SQL Server editions RDS does not offer Multi-AZ for. */
    private static final Set<String> NO_MULTI_AZ = Set.of("sqlserver-ex", "sqlserver-web");

    static final RuleMeta META = RuleMeta.builder("AWS176", "Database instance runs in one availability zone")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` with `multi_az` absent (the provider's default is false) or false. "
                    + "Read replicas (`replicate_source_db` set) and SQL Server Express and Web editions "
                    + "(`sqlserver-ex`, `sqlserver-web`, which cannot be Multi-AZ) are skipped. An unknown value, or "
                    + "an unknown engine when multi_az is off, is left undecided.")
            .rationale("A Single-AZ instance is down for the whole of an availability-zone outage, a host failure "
                    + "or a storage problem, and a restore from backup loses the writes since the last log upload. "
                    + "Multi-AZ keeps a synchronous standby and fails over in minutes.")
            .remediation("Set `multi_az = true` on production instances.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html")
            .compliance("NIST-800-53:CP-10").compliance("SOC2:A1.2").compliance("SOC2:A1.3")
            .compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_157")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance db : reporter.resources(module, "aws_db_instance")) {
            if (ExpectedFlag.isReplica(db)) continue;
            String name = db.block().address();
            Value engine = db.value("engine");
            if (engine.string().map(NO_MULTI_AZ::contains).orElse(false)) continue;
            var attribute = db.attribute("multi_az");
            boolean off = attribute.isEmpty() || attribute.get().value().isNull() || attribute.get().value().isFalse();
            if (off && !engine.isAbsent() && !engine.isKnown()) {
                reporter.undecided(db.block().header(), "whether " + name + " can and should be Multi-AZ",
                        engine.unknownReasons());
                continue;
            }
            ExpectedFlag.check(reporter, db.block().header(), attribute, true, false,
                    name + " does not set multi_az, so it runs in one availability zone; set multi_az = true",
                    name + " sets multi_az = false: it runs in one availability zone; set it to true",
                    "whether " + name + " is Multi-AZ");
        }
    }
}
