# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # expect: AWS002
      }
    }
  }
}

resource "aws_s3_bucket" "exports" { # expect: AWS002
  bucket = "payments-exports"
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # expect: AWS002
    }
  }
}
