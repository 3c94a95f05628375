variable "validate_logs" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = var.validate_logs
}
