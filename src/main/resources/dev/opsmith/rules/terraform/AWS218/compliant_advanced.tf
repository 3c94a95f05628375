# Reads and writes through advanced selectors, split across two trails.
resource "aws_cloudtrail" "reads" {
  name                       = "payments-s3-reads"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  advanced_event_selector {
    name = "S3 object reads"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}

resource "aws_cloudtrail" "writes" {
  name                       = "payments-s3-writes"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  advanced_event_selector {
    name = "S3 object writes"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}
