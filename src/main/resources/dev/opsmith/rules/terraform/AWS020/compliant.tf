variable "retention_days" {
  type = number
}

# provider v3 style
resource "aws_s3_bucket" "trail_logs" {
  bucket = "payments-cloudtrail-logs"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
    rule {
      default_retention {
        mode  = "COMPLIANCE"
        years = 1
      }
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "evidence" {
  bucket              = "payments-audit-evidence"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 400
    }
  }
}

# unknown: the retention comes from a variable without default
resource "aws_s3_bucket_object_lock_configuration" "chargebacks" {
  bucket = "payments-chargebacks"
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = var.retention_days
    }
  }
}
