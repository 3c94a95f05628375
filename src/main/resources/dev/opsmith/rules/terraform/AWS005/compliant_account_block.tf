# a complete account-level block in the same root covers every bucket
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}
