package dev.opsmith.rules.terraform;

import dev.opsmith.rules.terraform.support.ActionPattern;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.Set;

/** What the S3 bucket policy rules share: where bucket policies live and which statements cover all of S3. */
final class S3BucketPolicies {

    /** The v3 inline {@code policy} of {@code aws_s3_bucket} and the v4+ {@code aws_s3_bucket_policy}. */
    static final Set<String> TYPES = Set.of("aws_s3_bucket", "aws_s3_bucket_policy");

    private S3BucketPolicies() {
    }

    /** Whether the statement's {@code Action} covers every S3 action ({@code s3:*}, {@code *}). */
    static Tri coversAllS3Actions(PolicyStatement statement) {
        if (!statement.actions().written()) return Tri.NO;
        return statement.actions().strings().any(p -> ActionPattern.isAll(p) || p.equalsIgnoreCase("s3:*"));
    }
}
