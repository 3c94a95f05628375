variable "trail_bucket" {
  type = string # no default: the bucket is unknown, so nothing is decided
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "payments-s3-access-logs"
}

# Provider v4+: split logging resource.
resource "aws_s3_bucket" "trail" {
  bucket = "payments-audit-trail"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "audit-trail/"
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Provider v3: inline logging block.
resource "aws_s3_bucket" "cde_trail" {
  bucket = "payments-cde-trail"

  logging {
    target_bucket = "payments-s3-access-logs"
    target_prefix = "cde-trail/"
  }
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = aws_s3_bucket.cde_trail.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Delivered to the log archive account's bucket: not in this configuration, not judged.
resource "aws_cloudtrail" "organisation" {
  name                       = "payments-org"
  s3_bucket_name             = "log-archive-org-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "data_events" {
  name                       = "payments-data-events"
  s3_bucket_name             = var.trail_bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
