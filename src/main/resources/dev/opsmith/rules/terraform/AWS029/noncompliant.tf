# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  logging {
    target_bucket = "payments-statements" # expect: AWS029
    target_prefix = "access-logs/"
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_logging" "settlement_files" {
  bucket        = aws_s3_bucket.settlement_files.id
  target_bucket = aws_s3_bucket.settlement_files.id # expect: AWS029
  target_prefix = "access-logs/"
}
