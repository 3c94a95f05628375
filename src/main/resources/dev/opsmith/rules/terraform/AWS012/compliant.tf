variable "bucket_acl" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "access_logs" {
  bucket = "payments-access-logs"
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "partner_drop" {
  bucket = "payments-partner-drop"
  grant {
    type        = "CanonicalUser"
    id          = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    permissions = ["FULL_CONTROL"]
  }
}

# provider v4+ style
resource "aws_s3_bucket" "receipts" {
  bucket = "payments-receipts"
}

resource "aws_s3_bucket_acl" "receipts" {
  bucket = aws_s3_bucket.receipts.id
  acl    = "private"
}

# unknown: the canned ACL comes from a variable without default
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  acl    = var.bucket_acl
}
