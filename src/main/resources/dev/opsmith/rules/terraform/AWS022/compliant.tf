variable "cleanup_status" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  lifecycle_rule {
    id                                     = "expire"
    enabled                                = true
    abort_incomplete_multipart_upload_days = 7
    expiration {
      days = 400
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "abort-uploads"
    status = "Enabled"
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

# unknown: the status of the cleanup rule comes from a variable without default
resource "aws_s3_bucket_lifecycle_configuration" "chargebacks" {
  bucket = "payments-chargebacks"
  rule {
    id     = "abort-uploads"
    status = var.cleanup_status
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
