variable "imported_bucket" {
  type = string
}

# provider v3 style: inline block
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# provider v4+ style: split resource
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
  }
}

# unknown: this configuration may be the one of the bucket below, so nothing is reported for it
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "imported" {
  bucket = var.imported_bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
