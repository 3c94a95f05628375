variable "lifecycle_status" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
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

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 400
    }
  }
}

# unknown: the status comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_lifecycle_configuration" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  rule {
    id     = "expire"
    status = var.lifecycle_status
    expiration {
      days = 400
    }
  }
}
