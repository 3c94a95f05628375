package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

/** A bucket served through the S3 website endpoint, which speaks plain HTTP only. */
public final class S3StaticWebsiteEnabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS028", "Bucket serves a static website")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An inline `website` block on `aws_s3_bucket` (provider v3) or an "
                    + "`aws_s3_bucket_website_configuration` (v4+). A `dynamic \"website\"` block whose "
                    + "`for_each` is unknown is not reported; --show-unknown names the unknown input.")
            .rationale("The website endpoint serves HTTP without TLS and only works when the content is public; "
                    + "it cannot sit behind origin access control. Content for customers is better served by "
                    + "CloudFront from a private bucket.")
            .remediation("Remove the website configuration, keep the bucket private behind its public access "
                    + "block, and serve it through a CloudFront distribution with origin access control (and a "
                    + "CloudFront function for index documents and redirects if needed).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html")
            .compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            for (EvaluatedBlock website : S3Checks.inlineToJudge(reporter, bucket.facet(Concern.WEBSITE))) {
                String question = "whether " + bucket.name() + " serves a static website";
                if (website.undecided().isPresent()) {
                    reporter.undecided(S3Checks.span(website), question, website.undecided().get().unknownReasons());
                } else {
                    reporter.report(S3Checks.span(website), message(bucket.name()));
                }
            }
        }
        for (ResourceInstance website : S3Checks.splitInThisFile(module, reporter, Concern.WEBSITE)) {
            reporter.report(website.block().header(), message(website.block().address()));
        }
    }

    private static String message(String name) {
        return name + " enables the S3 website endpoint, which serves public content over plain HTTP; serve "
                + "the bucket through CloudFront with origin access control instead";
    }
}
