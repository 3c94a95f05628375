variable "log_bucket" {
  type = string
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "payments-access-logs"
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  logging {
    target_bucket = aws_s3_bucket.access_logs.id
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

# unknown: the target comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_logging" "chargebacks" {
  bucket        = aws_s3_bucket.chargebacks.id
  target_bucket = var.log_bucket
  target_prefix = "chargebacks/"
}
