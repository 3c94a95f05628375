resource "aws_cloudtrail" "audit" {
  name                          = "payments-audit"
  s3_bucket_name                = "payments-audit-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = false # expect: AWS217
}

resource "aws_cloudtrail" "cardholder_env" {
  name                          = "cde-audit"
  s3_bucket_name                = "payments-cde-trail"
  enable_log_file_validation    = true
  include_global_service_events = false
}
