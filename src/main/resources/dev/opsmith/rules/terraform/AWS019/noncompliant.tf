# provider v3 style: the trail's bucket has no object lock
resource "aws_s3_bucket" "trail_logs" { # expect: AWS019
  bucket = "payments-cloudtrail-logs"
  versioning {
    enabled = true
  }
}

resource "aws_cloudtrail" "payments" {
  name           = "payments"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}

# provider v4+ style: object lock enabled, but no default retention
resource "aws_s3_bucket" "access_logs" { # expect: AWS019
  bucket              = "payments-access-logs"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

resource "aws_s3_bucket_logging" "statements" {
  bucket        = aws_s3_bucket.statements.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "statements/"
}
