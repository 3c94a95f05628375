resource "aws_cloudtrail" "audit" { # expect: AWS211
  name                  = "payments-audit"
  s3_bucket_name        = "payments-audit-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = false # expect: AWS211
}
