# Management events only, and an S3 selector that records writes only.
resource "aws_cloudtrail" "audit" { # expect: AWS218
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "cardholder_data" {
  name                       = "cde-data-events"
  s3_bucket_name             = "payments-cde-trail"
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::payments-cardholder-data/"]
    }
  }
}
