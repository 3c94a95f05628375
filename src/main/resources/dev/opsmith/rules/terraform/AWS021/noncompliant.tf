# provider v3 style
resource "aws_s3_bucket" "statements" { # expect: AWS021
  bucket = "payments-statements"
}

resource "aws_s3_bucket" "exports" { # expect: AWS021
  bucket = "payments-exports"
  lifecycle_rule {
    id      = "expire"
    enabled = false
    expiration {
      days = 400
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" { # expect: AWS021
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_lifecycle_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    id     = "expire"
    status = "Disabled"
    expiration {
      days = 400
    }
  }
}
