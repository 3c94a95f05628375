variable "bucket_name" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  logging {
    target_bucket = "payments-access-logs"
    target_prefix = "statements/"
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_logging" "settlement_files" {
  bucket        = aws_s3_bucket.settlement_files.id
  target_bucket = "payments-access-logs"
  target_prefix = "settlement-files/"
}

# unknown: this logging resource may be the chargebacks bucket's
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_logging" "by_name" {
  bucket        = var.bucket_name
  target_bucket = "payments-access-logs"
}
