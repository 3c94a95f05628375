# provider v3 style: a non-private ACL inline and no ownership controls
resource "aws_s3_bucket" "access_logs" { # expect: AWS024
  bucket = "payments-access-logs"
  acl    = "log-delivery-write"
}

# provider v4+ style: ownership controls keep ACLs in force
resource "aws_s3_bucket" "partner_drop" {
  bucket = "payments-partner-drop"
}

resource "aws_s3_bucket_ownership_controls" "partner_drop" {
  bucket = aws_s3_bucket.partner_drop.id
  rule {
    object_ownership = "ObjectWriter" # expect: AWS024
  }
}

resource "aws_s3_bucket" "receipts" { # expect: AWS024
  bucket = "payments-receipts"
}

resource "aws_s3_bucket_acl" "receipts" {
  bucket = aws_s3_bucket.receipts.id
  acl    = "bucket-owner-full-control"
}
