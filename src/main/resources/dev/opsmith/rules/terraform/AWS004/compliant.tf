variable "bucket_key_enabled" {
  type = bool
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "alias/payments-s3"
      }
      bucket_key_enabled = true
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/payments-s3"
    }
    bucket_key_enabled = true
  }
}

# unknown: the flag comes from a variable without default
resource "aws_s3_bucket_server_side_encryption_configuration" "chargebacks" {
  bucket = "payments-chargebacks"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = var.bucket_key_enabled
  }
}
