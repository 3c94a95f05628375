variable "grant_permission" {
  type = string
}

# provider v3 style: public read is AWS012's concern, not public write
resource "aws_s3_bucket" "marketing_assets" {
  bucket = "payments-marketing-assets"
  acl    = "private"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/s3/LogDelivery"
    permissions = ["WRITE", "READ_ACP"]
  }
}

# provider v4+ style
resource "aws_s3_bucket" "disputes" {
  bucket = "payments-disputes"
}

resource "aws_s3_bucket_acl" "disputes" {
  bucket = aws_s3_bucket.disputes.id
  acl    = "bucket-owner-full-control"
}

# unknown: the permission comes from a variable without default
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = var.grant_permission
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}
