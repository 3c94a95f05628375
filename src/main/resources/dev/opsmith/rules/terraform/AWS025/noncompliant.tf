# provider v3 style
resource "aws_s3_bucket" "statements" { # expect: AWS025
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" { # expect: AWS025
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Enabled"
  }
}
