# provider v3 style
resource "aws_s3_bucket" "statements" { # expect: AWS016
  bucket = "payments-statements"
}

resource "aws_s3_bucket" "exports" {
  bucket = "payments-exports"
  versioning {
    enabled = false # expect: AWS016
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Suspended" # expect: AWS016
  }
}
