# provider v3 style: SSE-KMS with the default aws/s3 key
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default { # expect: AWS003
        sse_algorithm = "aws:kms"
      }
    }
  }
}

# provider v4+ style: the AWS-managed alias named explicitly
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3" # expect: AWS003
    }
    bucket_key_enabled = true
  }
}
