variable "strict" {
  type = bool
}

# provider v3 style bucket (inline configuration)
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

# provider v4+ style bucket
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_public_access_block" "settlement_files" {
  bucket                  = aws_s3_bucket.settlement_files.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# unknown: the setting comes from a variable without default
resource "aws_s3_bucket_public_access_block" "chargebacks" {
  bucket                  = "payments-chargebacks"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.strict
}
