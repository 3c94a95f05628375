resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = false # expect: AWS214
}
