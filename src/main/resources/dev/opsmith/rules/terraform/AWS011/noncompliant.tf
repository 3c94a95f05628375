# account baseline root without an account-level public access block # expect: AWS011
resource "aws_cloudtrail" "organization" {
  name                  = "payments-organization-trail"
  s3_bucket_name        = "payments-cloudtrail-logs"
  is_multi_region_trail = true
}

resource "aws_guardduty_detector" "main" {
  enable = true
}
