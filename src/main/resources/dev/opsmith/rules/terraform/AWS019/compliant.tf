variable "trail_bucket" {
  type = string
}

# provider v3 style: inline object lock with a default retention
resource "aws_s3_bucket" "trail_logs" {
  bucket = "payments-cloudtrail-logs"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
    rule {
      default_retention {
        mode = "COMPLIANCE"
        days = 400
      }
    }
  }
}

resource "aws_cloudtrail" "payments" {
  name           = "payments"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}

# provider v4+ style: tagged audit bucket with the split retention resource
resource "aws_s3_bucket" "evidence" {
  bucket              = "payments-audit-evidence"
  object_lock_enabled = true
  tags = {
    "opsmith:audit" = "true"
  }
}

resource "aws_s3_bucket_object_lock_configuration" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 400
    }
  }
}

# not an audit bucket: no object lock needed
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

# unknown: this trail may deliver to the config snapshots bucket
resource "aws_s3_bucket" "config_snapshots" {
  bucket = "payments-config-snapshots"
}

resource "aws_cloudtrail" "imported" {
  name           = "imported"
  s3_bucket_name = var.trail_bucket
}
