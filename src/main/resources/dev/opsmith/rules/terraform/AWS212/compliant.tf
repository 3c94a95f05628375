variable "trail_key_arn" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "cloudtrail" {
  description         = "Encrypts the payments audit trail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.cloudtrail.arn
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718"
}

resource "aws_cloudtrail" "data_events" {
  name                       = "payments-data-events"
  s3_bucket_name             = "payments-data-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.trail_key_arn
}
