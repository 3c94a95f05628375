# provider v3 style
resource "aws_s3_bucket" "statements" { # expect: AWS018
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
}

# provider v4+ style: logging configured for another bucket only
resource "aws_s3_bucket" "settlement_files" { # expect: AWS018
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket" "exports" {
  bucket = "payments-exports"
}

resource "aws_s3_bucket_logging" "exports" {
  bucket        = aws_s3_bucket.exports.id
  target_bucket = "payments-access-logs"
  target_prefix = "exports/"
}
