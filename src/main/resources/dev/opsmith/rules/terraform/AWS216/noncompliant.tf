resource "aws_s3_bucket" "trail" {
  bucket = "payments-audit-trail"
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = aws_s3_bucket.trail.id # expect: AWS216
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Named by its bucket name rather than a reference.
resource "aws_s3_bucket" "cde_trail" {
  bucket = "payments-cde-trail"
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail" # expect: AWS216
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
