# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  lifecycle_rule { # expect: AWS022
    id      = "expire"
    enabled = true
    expiration {
      days = 400
    }
  }
}

# provider v4+ style: the rule that aborts uploads is disabled
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" { # expect: AWS022
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 400
    }
  }
  rule {
    id     = "abort-uploads"
    status = "Disabled"
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
