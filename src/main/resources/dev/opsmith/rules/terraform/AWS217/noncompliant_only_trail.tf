# The only trail of this root, single-region, without global service events: IAM and STS changes go unrecorded.
resource "aws_cloudtrail" "audit" {
  name                          = "payments-audit"
  s3_bucket_name                = "payments-audit-trail"
  enable_log_file_validation    = true
  include_global_service_events = false # expect: AWS217
}
