variable "data_event_direction" {
  type = string # no default: which S3 object events are recorded is unknown, so nothing is decided
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  event_selector {
    read_write_type = var.data_event_direction

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
