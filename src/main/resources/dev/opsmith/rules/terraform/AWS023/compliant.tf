variable "cleanup_status" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    id      = "old-versions"
    enabled = true
    noncurrent_version_expiration {
      days = 90
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

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "old-versions"
    status = "Enabled"
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

# an audit bucket keeps its history on purpose
resource "aws_s3_bucket" "evidence" {
  bucket = "payments-audit-evidence"
  tags = {
    "opsmith:audit" = "true"
  }
  versioning {
    enabled = true
  }
}

# unknown: the cleanup rule's status comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_versioning" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  rule {
    id     = "old-versions"
    status = var.cleanup_status
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}
