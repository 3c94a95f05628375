# provider v3 style: ACL and versioning inline, no public access block
resource "aws_s3_bucket" "statements" { # expect: AWS005
  bucket = "payments-statements"
  acl    = "private"
  versioning {
    enabled = true
  }
}

# provider v4+ style: the block exists, but for another bucket
resource "aws_s3_bucket" "settlement_files" { # expect: AWS005
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket" "exports" {
  bucket = "payments-exports"
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# an incomplete account-level block does not cover the buckets
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls   = true
  block_public_policy = true
}
