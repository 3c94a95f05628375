package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A database whose snapshots are created without its tags (owner, data class, cost centre). */
public final class RdsCopyTagsToSnapshotDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS186", "Snapshots do not inherit tags")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_db_instance` or `aws_rds_cluster` with `copy_tags_to_snapshot` absent (the "
                    + "provider's default is false) or false. Opt-in: it matters where tags drive ownership, cost "
                    + "or backup policies. An unknown value is left undecided.")
            .rationale("Snapshots outlive their database. Without the source's tags nobody can tell whose data a "
                    + "snapshot holds, tag-based backup and retention policies miss it, and costs are unassigned.")
            .remediation("Set `copy_tags_to_snapshot = true`.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags")
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
                ExpectedFlag.check(reporter, db.block().header(), db.attribute("copy_tags_to_snapshot"), true, false,
                        name + " does not set copy_tags_to_snapshot, so its snapshots carry no tags; set "
                                + "copy_tags_to_snapshot = true",
                        name + " sets copy_tags_to_snapshot = false; set it to true",
                        "whether " + name + " copies tags to snapshots");
            }
        }
    }
}
