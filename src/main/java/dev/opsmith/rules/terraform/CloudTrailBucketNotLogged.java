package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.S3Buckets;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

import java.util.List;
import java.util.Optional;

/** A trail delivering to a bucket of the configuration that records no access to itself. */
public final class CloudTrailBucketNotLogged extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS216", "Trail bucket has no access logging")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` whose `s3_bucket_name` names an `aws_s3_bucket` of the same module "
                    + "(by reference or by its `bucket` name) that has no server access logging: neither an inline "
                    + "`logging` block (provider v3) nor an `aws_s3_bucket_logging` (v4+). Buckets outside the "
                    + "configuration are not judged. When the bucket name or its logging is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("Server access logs of the trail bucket show who read, copied or deleted the audit trail "
                    + "itself; without them, tampering with the evidence leaves no evidence (CIS 3.4).")
            .remediation("Add an `aws_s3_bucket_logging` for the trail bucket that delivers to a separate log "
                    + "bucket.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html")
            .compliance("NIST-800-53:AU-9").compliance("CIS-AWS-3.0:3.4").compliance("SOC2:CC7.2")
            .compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("trivy", "AVD-AWS-0163")
            .equivalent("tfsec", "aws-cloudtrail-require-bucket-access-logging")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> trails = reporter.resources(module, "aws_cloudtrail");
        if (trails.isEmpty()) return;
        List<BucketView> buckets = S3Buckets.of(module);
        List<ResourceInstance> bucketResources = buckets.stream().map(BucketView::bucket).toList();
        for (ResourceInstance trail : trails) {
            String name = trail.block().address();
            Optional<EvaluatedAttribute> attribute = trail.attribute("s3_bucket_name");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            var where = attribute.get().source().node().span();
            String question = "whether the bucket of " + name + " has access logging";
            Value value = attribute.get().value();
            Link link = References.link(value, bucketResources, "bucket");
            if (link.isUnknown()) {
                reporter.undecided(where, question, link.unknownReasons());
                continue;
            }
            if (!link.isLinked()) continue;
            BucketView bucket = buckets.stream().filter(b -> link.linksTo(b.bucket())).findFirst().orElseThrow();
            S3Buckets.Facet logging = bucket.facet(Concern.LOGGING);
            switch (logging.state()) {
                case MISSING -> reporter.report(where, name + " delivers to " + bucket.name() + ", which has no "
                        + "server access logging, so access to the audit trail is not recorded; add an "
                        + "aws_s3_bucket_logging for it");
                case UNKNOWN -> reporter.undecided(where, question, logging.reasons());
                default -> {
                }
            }
        }
    }
}
