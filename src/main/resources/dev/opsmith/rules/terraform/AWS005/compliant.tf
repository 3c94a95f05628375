variable "bucket_name" {
  type = string
}

# provider v3 style bucket with its own block
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "statements" {
  bucket                  = aws_s3_bucket.statements.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# provider v4+ style bucket with its own block, linked by name
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_public_access_block" "settlement_files" {
  bucket                  = "payments-settlement-files"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# unknown: this block may be the chargebacks bucket's
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_public_access_block" "by_name" {
  bucket                  = var.bucket_name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
