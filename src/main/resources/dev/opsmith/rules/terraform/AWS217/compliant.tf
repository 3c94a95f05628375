variable "include_global" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# A single-region trail beside the organisation trail: leaving global events out avoids duplicates.
resource "aws_cloudtrail" "cardholder_env" {
  name                          = "cde-audit"
  s3_bucket_name                = "payments-cde-trail"
  enable_log_file_validation    = true
  include_global_service_events = false
}

resource "aws_cloudtrail" "data_events" {
  name                          = "payments-data-events"
  s3_bucket_name                = "payments-data-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = var.include_global
}
