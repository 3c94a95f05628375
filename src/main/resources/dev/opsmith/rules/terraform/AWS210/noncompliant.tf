resource "aws_cloudtrail" "audit" { # expect: AWS210
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail"
  is_multi_region_trail      = false # expect: AWS210
  enable_log_file_validation = true
}
