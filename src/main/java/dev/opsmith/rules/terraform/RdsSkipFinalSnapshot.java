package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A database whose deletion leaves no final snapshot behind. */
public final class RdsSkipFinalSnapshot extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS185", "No final snapshot when the database is deleted")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster` with `skip_final_snapshot = true`. The "
                    + "provider's default is false (a final snapshot is taken, named by `final_snapshot_identifier`), "
                    + "so only a written true is reported. An unknown value is left undecided.")
            .rationale("Automated backups of an instance are removed with it (unless retained explicitly), so the "
                    + "final snapshot is often the only copy left after a destroy or a forced replacement. Setting "
                    + "true is the usual shortcut to avoid naming the snapshot, and it is easy to carry into "
                    + "production.")
            .remediation("Remove `skip_final_snapshot` (or set it to false) and set `final_snapshot_identifier`, "
                    + "for example derived from the identifier.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#skip_final_snapshot")
            .compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2").compliance("SOC2:A1.3")
            .compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
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
                ExpectedFlag.check(reporter, db.block().header(), db.attribute("skip_final_snapshot"), false, false,
                        "", name + " sets skip_final_snapshot = true: deleting it keeps no final snapshot; remove "
                                + "it and set final_snapshot_identifier",
                        "whether " + name + " takes a final snapshot");
            }
        }
    }
}
