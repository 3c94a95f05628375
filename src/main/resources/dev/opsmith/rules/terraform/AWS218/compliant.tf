resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
