# Security baseline of the payments production account # expect: AWS316
resource "aws_cloudtrail" "account" {
  name                          = "payments-account"
  s3_bucket_name                = "payments-audit-trail"
  is_multi_region_trail         = true
  include_global_service_events = true
}

resource "aws_securityhub_account" "main" {
}
