variable "versioning_status" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
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

# unknown: the status comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_versioning" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.bucket
  versioning_configuration {
    status = var.versioning_status
  }
}
