package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.State;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bucket facets from the v3 inline form, the v4+ split resources, and split resources that cannot be linked. */
class S3BucketsTest {

    private static BucketView view(List<BucketView> views, String address) {
        return views.stream().filter(v -> v.bucket().address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void inlineBlocksAndSplitResourcesBothMakeAFacetPresent() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                resource "aws_s3_bucket" "ledger_v3" {
                  bucket = "payments-ledger-v3"
                  acl    = "private"
                  versioning {
                    enabled = true
                  }
                }
                resource "aws_s3_bucket" "ledger_v4" {
                  bucket = "payments-ledger-v4"
                }
                resource "aws_s3_bucket_versioning" "ledger_v4" {
                  bucket = aws_s3_bucket.ledger_v4.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_s3_bucket_acl" "ledger_v4" {
                  bucket = "payments-ledger-v4"
                  acl    = "private"
                }
                """);
        List<BucketView> views = S3Buckets.of(m);
        BucketView v3 = view(views, "aws_s3_bucket.ledger_v3");
        assertThat(v3.facet(Concern.VERSIONING).state()).isEqualTo(State.PRESENT);
        assertThat(v3.facet(Concern.VERSIONING).bySplitResource()).isFalse();
        assertThat(v3.facet(Concern.ACL).inlineAttribute("acl")).isPresent();
        assertThat(v3.facet(Concern.LOGGING).state()).isEqualTo(State.MISSING);

        BucketView v4 = view(views, "aws_s3_bucket.ledger_v4");
        assertThat(v4.facet(Concern.VERSIONING).state()).isEqualTo(State.PRESENT);
        assertThat(v4.facet(Concern.VERSIONING).split()).extracting(r -> r.address())
                .containsExactly("aws_s3_bucket_versioning.ledger_v4");
        assertThat(v4.facet(Concern.ACL).split()).extracting(r -> r.address())
                .containsExactly("aws_s3_bucket_acl.ledger_v4");
        assertThat(v4.facet(Concern.ENCRYPTION).state()).isEqualTo(State.MISSING);
        assertThat(v4.facet(Concern.VERSIONING).isConflicting()).isFalse();
    }

    @Test
    void anUnlinkableSplitResourceMakesOnlyMissingFacetsUnknown() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                variable "bucket_name" {
                  type = string
                }
                resource "aws_s3_bucket" "settlement" {
                  bucket = "payments-settlement"
                }
                resource "aws_s3_bucket" "archive" {
                  bucket = "payments-archive"
                }
                resource "aws_s3_bucket_versioning" "archive" {
                  bucket = aws_s3_bucket.archive.bucket
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_s3_bucket_versioning" "somewhere" {
                  bucket = var.bucket_name
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_s3_bucket_logging" "other_stack" {
                  bucket        = "bucket-of-another-stack"
                  target_bucket = "payments-logs"
                }
                """);
        List<BucketView> views = S3Buckets.of(m);
        var settlement = view(views, "aws_s3_bucket.settlement").facet(Concern.VERSIONING);
        assertThat(settlement.state()).isEqualTo(State.UNKNOWN);
        assertThat(settlement.reasons()).anySatisfy(r -> assertThat(r).contains("var.bucket_name"));
        assertThat(view(views, "aws_s3_bucket.archive").facet(Concern.VERSIONING).state()).isEqualTo(State.PRESENT);
        // a split resource for a bucket outside the scan neither configures nor clouds any bucket of the scan
        assertThat(view(views, "aws_s3_bucket.settlement").facet(Concern.LOGGING).state()).isEqualTo(State.MISSING);
    }

    @Test
    void bothFormsAtOnceAreAConflictAndADynamicBlockWithUnknownForEachIsUnknown() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                variable "rules" {
                  type = list(string)
                }
                resource "aws_s3_bucket" "statements" {
                  bucket = "payments-statements"
                  versioning {
                    enabled = true
                  }
                  dynamic "lifecycle_rule" {
                    for_each = var.rules
                    content {
                      id      = lifecycle_rule.value
                      enabled = true
                    }
                  }
                }
                resource "aws_s3_bucket_versioning" "statements" {
                  bucket = aws_s3_bucket.statements.id
                  versioning_configuration {
                    status = "Suspended"
                  }
                }
                """);
        BucketView statements = view(S3Buckets.of(m), "aws_s3_bucket.statements");
        assertThat(statements.facet(Concern.VERSIONING).isConflicting()).isTrue();
        assertThat(statements.facet(Concern.VERSIONING).bySplitResource()).isTrue();
        var lifecycle = statements.facet(Concern.LIFECYCLE);
        assertThat(lifecycle.state()).isEqualTo(State.UNKNOWN);
        assertThat(lifecycle.reasons()).anySatisfy(r -> assertThat(r).contains("var.rules"));
    }

    @Test
    void countedBucketsLinkByInstanceKey() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                resource "aws_s3_bucket" "region" {
                  for_each = toset(["eu", "us"])
                  bucket   = "payments-${each.key}"
                }
                resource "aws_s3_bucket_versioning" "region" {
                  for_each = aws_s3_bucket.region
                  bucket   = each.value.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_s3_bucket_logging" "eu" {
                  bucket        = aws_s3_bucket.region["eu"].id
                  target_bucket = "payments-logs"
                }
                """);
        List<BucketView> views = S3Buckets.of(m);
        assertThat(view(views, "aws_s3_bucket.region[\"eu\"]").facet(Concern.LOGGING).state())
                .isEqualTo(State.PRESENT);
        assertThat(view(views, "aws_s3_bucket.region[\"us\"]").facet(Concern.LOGGING).state())
                .isEqualTo(State.MISSING);
        assertThat(view(views, "aws_s3_bucket.region[\"us\"]").facet(Concern.VERSIONING).split())
                .extracting(r -> r.address()).containsExactly("aws_s3_bucket_versioning.region[\"us\"]");
    }
}
