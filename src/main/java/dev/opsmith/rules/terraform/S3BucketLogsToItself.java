package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.S3Buckets;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bucket whose server access logs are delivered into the bucket they describe. */
public final class S3BucketLogsToItself extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS029", "Bucket writes its access logs into itself")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("Server access logging whose `target_bucket` is the logged bucket itself: the inline "
                    + "`logging` block of `aws_s3_bucket` (provider v3) or an `aws_s3_bucket_logging` (v4+) whose "
                    + "`bucket` and `target_bucket` name the same bucket, by reference or by name. Unknown names "
                    + "are not reported; --show-unknown names them.")
            .rationale("Each log delivery is itself a write that is logged, so the bucket fills with logs about "
                    + "logs; and whoever can delete the data can also delete the record of it.")
            .remediation("Send the logs to a dedicated log bucket, ideally in a separate logging account, with "
                    + "its own retention and object lock.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html")
            .compliance("NIST-800-53:AU-9").compliance("SOC2:CC7.2").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> buckets = module.resources("aws_s3_bucket");
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            for (EvaluatedBlock logging : S3Checks.inlineToJudge(reporter, bucket.facet(Concern.LOGGING))) {
                Optional<EvaluatedAttribute> target = logging.attribute("target_bucket");
                if (target.isEmpty() || !reporter.inThisFile(target.get())) continue;
                Link link = References.link(target.get().value(), buckets, "bucket");
                judge(reporter, bucket.name(), target.get(), link.linksTo(bucket.bucket()), link.unknownReasons());
            }
        }
        for (ResourceInstance logging : S3Checks.splitInThisFile(module, reporter, Concern.LOGGING)) {
            Optional<EvaluatedAttribute> target = logging.attribute("target_bucket");
            if (target.isEmpty() || !reporter.inThisFile(target.get())) continue;
            Link source = S3Buckets.bucketOf(logging, buckets);
            Link destination = References.link(target.get().value(), buckets, "bucket");
            boolean same = source.isLinked() && destination.isLinked()
                    && destination.linksTo(source.target().orElseThrow());
            List<String> unknown = new ArrayList<>();
            if (!same && !(source.isLinked() && destination.isLinked())) {
                Value from = logging.value("bucket");
                Value to = target.get().value();
                if (from.isKnown() && to.isKnown()) {
                    same = from.string().isPresent() && from.string().equals(to.string());
                } else if (source.isUnknown() || destination.isUnknown()) {
                    unknown.addAll(source.unknownReasons());
                    unknown.addAll(destination.unknownReasons());
                }
            }
            judge(reporter, logging.block().address(), target.get(), same, unknown);
        }
    }

    private static void judge(Reporter reporter, String name, EvaluatedAttribute target, boolean same,
                              List<String> unknown) {
        if (same) {
            reporter.report(S3Checks.span(target), name + " delivers its access logs into the bucket it logs; "
                    + "send them to a dedicated log bucket");
        } else if (!unknown.isEmpty()) {
            reporter.undecided(S3Checks.span(target), "whether " + name + " logs into itself", unknown);
        }
    }
}
