# Security baseline of the payments account
resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_cloudtrail" "organisation" {
  name                       = "payments-org-trail"
  s3_bucket_name             = "payments-org-trail"
  is_organization_trail      = true
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
