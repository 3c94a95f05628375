resource "aws_cloudtrail" "organization" {
  name                  = "payments-organization-trail"
  s3_bucket_name        = "payments-cloudtrail-logs"
  is_multi_region_trail = true
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
