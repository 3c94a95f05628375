# provider v3 style bucket (inline configuration), setting left out
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "statements" { # expect: AWS006
  bucket                  = aws_s3_bucket.statements.id
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# provider v4+ style bucket, setting turned off
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_public_access_block" "settlement_files" {
  bucket                  = aws_s3_bucket.settlement_files.id
  block_public_acls       = false # expect: AWS006
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
