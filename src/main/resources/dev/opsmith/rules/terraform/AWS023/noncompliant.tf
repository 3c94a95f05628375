# provider v3 style
resource "aws_s3_bucket" "statements" { # expect: AWS023
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    id      = "expire"
    enabled = true
    expiration {
      days = 400
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" { # expect: AWS023
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "old-versions"
    status = "Disabled"
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}
