variable "bucket_name" {
  type = string
}

# provider v3 style: inline only
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
}

# provider v4+ style: split resources only
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Enabled"
  }
}

# unknown: this split resource cannot be linked, so no conflict is claimed
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
  logging {
    target_bucket = "payments-access-logs"
  }
}

resource "aws_s3_bucket_logging" "by_name" {
  bucket        = var.bucket_name
  target_bucket = "payments-access-logs"
}
