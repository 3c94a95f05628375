variable "object_ownership" {
  type = string
}

# provider v3 style: private ACL, the default ownership disables ACLs
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  acl    = "private"
}

# provider v4+ style
resource "aws_s3_bucket" "partner_drop" {
  bucket = "payments-partner-drop"
}

resource "aws_s3_bucket_ownership_controls" "partner_drop" {
  bucket = aws_s3_bucket.partner_drop.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# unknown: the ownership setting comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_ownership_controls" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  rule {
    object_ownership = var.object_ownership
  }
}
