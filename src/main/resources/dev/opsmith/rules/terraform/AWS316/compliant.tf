# Security baseline of the payments production account
resource "aws_cloudtrail" "account" {
  name                  = "payments-account"
  s3_bucket_name        = "payments-audit-trail"
  is_multi_region_trail = true
}

variable "guardduty_enabled" {
  type = bool
}

resource "aws_guardduty_detector" "main" {
  count  = var.guardduty_enabled ? 1 : 0
  enable = true
}
