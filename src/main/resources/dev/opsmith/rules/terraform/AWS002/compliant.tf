variable "sse_algorithm" {
  type = string
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
      sse_algorithm = "aws:kms:dsse"
    }
  }
}

# unknown: the algorithm comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.sse_algorithm
    }
  }
}
