package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ModuleEvaluator;
import dev.opsmith.format.terraform.eval.ModuleInputs;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Linking split resources to their parent, and classifying KMS key references. */
class ReferencesTest {

    static EvaluatedModule evaluate(String text) throws Exception {
        var file = TerraformFiles.parse(SourceFile.of("infra/main.tf", text));
        return ModuleEvaluator.evaluate(ModuleLoader.load("infra", List.of(file)), ModuleInputs.root(Map.of()));
    }

    private static final String BUCKETS = """
            variable "other" {
              type = string
            }
            locals {
              audit_id = aws_s3_bucket.audit.id
            }
            resource "aws_s3_bucket" "audit" {
              bucket = "payments-audit"
            }
            resource "aws_s3_bucket" "named" {
              bucket = "payments-named"
            }
            resource "aws_s3_bucket" "unnamed" {
            }
            resource "aws_s3_bucket_versioning" "by_id" {
              bucket = local.audit_id
            }
            resource "aws_s3_bucket_versioning" "by_name" {
              bucket = aws_s3_bucket.named.bucket
            }
            resource "aws_s3_bucket_versioning" "by_literal" {
              bucket = "payments-named"
            }
            resource "aws_s3_bucket_versioning" "elsewhere" {
              bucket = "bucket-of-another-stack"
            }
            resource "aws_s3_bucket_versioning" "unknown" {
              bucket = var.other
            }
            """;

    private static Link linkOf(EvaluatedModule m, String address) {
        ResourceInstance r = m.instance(address).orElseThrow();
        return References.link(r.value("bucket"), m.resources("aws_s3_bucket"), "bucket");
    }

    @Test
    void linksThroughAfterApplyReferencesOriginsAndNames() throws Exception {
        EvaluatedModule m = evaluate(BUCKETS);
        assertThat(linkOf(m, "aws_s3_bucket_versioning.by_id").target().orElseThrow().address())
                .isEqualTo("aws_s3_bucket.audit");
        assertThat(linkOf(m, "aws_s3_bucket_versioning.by_name").target().orElseThrow().address())
                .isEqualTo("aws_s3_bucket.named");
        assertThat(linkOf(m, "aws_s3_bucket_versioning.by_literal").target().orElseThrow().address())
                .isEqualTo("aws_s3_bucket.named");
        assertThat(linkOf(m, "aws_s3_bucket_versioning.elsewhere").state()).isEqualTo(Link.State.NONE);
        Link unknown = linkOf(m, "aws_s3_bucket_versioning.unknown");
        assertThat(unknown.state()).isEqualTo(Link.State.UNKNOWN);
        assertThat(unknown.unknownReasons()).anySatisfy(r -> assertThat(r).contains("var.other"));
    }

    @Test
    void referrersSayWhetherNoneIsCertain() throws Exception {
        EvaluatedModule m = evaluate(BUCKETS);
        var unnamed = m.instance("aws_s3_bucket.unnamed").orElseThrow();
        var referrers = References.referrers(m, unnamed, "aws_s3_bucket_versioning", "bucket", "bucket");
        assertThat(referrers.isEmpty()).isTrue();
        assertThat(referrers.certainlyNone()).isFalse();
        var audit = m.instance("aws_s3_bucket.audit").orElseThrow();
        assertThat(References.referrers(m, audit, "aws_s3_bucket_versioning", "bucket", "bucket").resources())
                .extracting(ResourceInstance::address).containsExactly("aws_s3_bucket_versioning.by_id");
    }

    @Test
    void classifiesKmsKeys() throws Exception {
        EvaluatedModule m = evaluate("""
                variable "key" {
                  type = string
                }
                resource "aws_kms_key" "logs" {
                }
                resource "aws_kms_alias" "logs" {
                  name          = "alias/payments-logs"
                  target_key_id = aws_kms_key.logs.key_id
                }
                resource "aws_sqs_queue" "q" {
                  kms_master_key_id = aws_kms_key.logs.arn
                }
                resource "aws_sqs_queue" "alias" {
                  kms_master_key_id = aws_kms_alias.logs.arn
                }
                resource "aws_sqs_queue" "managed" {
                  kms_master_key_id = "alias/aws/sqs"
                }
                resource "aws_sqs_queue" "managed_arn" {
                  kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/sqs"
                }
                resource "aws_sqs_queue" "literal" {
                  kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                }
                resource "aws_sqs_queue" "empty" {
                  kms_master_key_id = ""
                }
                resource "aws_sqs_queue" "none" {
                }
                resource "aws_sqs_queue" "unknown" {
                  kms_master_key_id = var.key
                }
                """);
        assertThat(kind(m, "q")).isEqualTo(KmsKeyRefs.Kind.CUSTOMER_MANAGED);
        assertThat(kind(m, "alias")).isEqualTo(KmsKeyRefs.Kind.CUSTOMER_MANAGED);
        assertThat(kind(m, "managed")).isEqualTo(KmsKeyRefs.Kind.AWS_MANAGED);
        assertThat(kind(m, "managed_arn")).isEqualTo(KmsKeyRefs.Kind.AWS_MANAGED);
        assertThat(kind(m, "literal")).isEqualTo(KmsKeyRefs.Kind.CUSTOMER_MANAGED);
        assertThat(kind(m, "empty")).isEqualTo(KmsKeyRefs.Kind.ABSENT);
        assertThat(kind(m, "none")).isEqualTo(KmsKeyRefs.Kind.ABSENT);
        assertThat(kind(m, "unknown")).isEqualTo(KmsKeyRefs.Kind.UNKNOWN);
        assertThat(KmsKeyRefs.kind(Value.unknown("data.aws_kms_key.k.arn is read from the provider when Terraform plans")))
                .isEqualTo(KmsKeyRefs.Kind.UNKNOWN);
    }

    private static KmsKeyRefs.Kind kind(EvaluatedModule m, String name) {
        return KmsKeyRefs.kind(m.instance("aws_sqs_queue." + name).orElseThrow().value("kms_master_key_id"));
    }
}
