package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;

/** A bucket setting written both inline on the bucket and in the split resource that replaced it. */
public final class S3InlineAndSplitConfigurationConflict extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS030", "Bucket configured both inline and by a split resource")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` that configures a concern inline (the provider v3 form: "
                    + "`server_side_encryption_configuration`, `versioning`, `logging`, `lifecycle_rule`, "
                    + "`object_lock_configuration`, `policy`, `acl` or `grant`, `website`, "
                    + "`replication_configuration`) while a split resource of provider v4+ "
                    + "(`aws_s3_bucket_versioning` and the like) configures the same concern for that bucket. "
                    + "Reported at the inline block or argument, with the split resource as related location.")
            .rationale("The provider documents that the two forms conflict: each apply sets one and the next "
                    + "plan shows the other as drift, so the effective setting flips between applies and a "
                    + "reviewer cannot tell which one is in force.")
            .remediation("Keep the split resource and remove the inline block or argument (on provider v4+ the "
                    + "inline forms are deprecated). Import the split resource first if it is new.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-4-upgrade")
            .compliance("NIST-800-53:CM-2").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            for (Concern concern : Concern.values()) {
                Facet facet = bucket.facet(concern);
                if (!facet.isConflicting()) continue;
                Span at;
                String what;
                if (!facet.inlineAttributes().isEmpty()) {
                    if (!reporter.inThisFile(facet.inlineAttributes().get(0))) continue;
                    at = S3Checks.span(facet.inlineAttributes().get(0));
                    what = facet.inlineAttributes().get(0).name();
                } else {
                    if (!reporter.inThisFile(facet.inlineBlocks().get(0).source().file())) continue;
                    at = S3Checks.span(facet.inlineBlocks().get(0));
                    what = facet.inlineBlocks().get(0).type();
                }
                ResourceInstance split = facet.split().get(0);
                reporter.report(at, bucket.name() + " sets " + what + " inline while " + split.block().address()
                                + " configures the same for this bucket; the two overwrite each other on every "
                                + "apply: remove the inline " + what)
                        .ifPresent(report -> report.related(split.block().file().relativePath(),
                                split.block().header(), "the split resource that also configures it"));
            }
        }
    }
}
