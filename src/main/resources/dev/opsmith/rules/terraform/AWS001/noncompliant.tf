# provider v3 style: nothing inline
resource "aws_s3_bucket" "statements" { # expect: AWS001
  bucket = "payments-statements"
  acl    = "private"
}

# provider v4+ style: versioning is split out, encryption is not configured at all
resource "aws_s3_bucket" "settlement_files" { # expect: AWS001
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Enabled"
  }
}
