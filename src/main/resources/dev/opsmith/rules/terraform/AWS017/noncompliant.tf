# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning { # expect: AWS017
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
    status     = "Enabled"
    mfa_delete = "Disabled" # expect: AWS017
  }
}
