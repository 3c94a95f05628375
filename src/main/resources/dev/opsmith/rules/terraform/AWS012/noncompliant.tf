# provider v3 style: canned ACL and grant inline
resource "aws_s3_bucket" "marketing_assets" {
  bucket = "payments-marketing-assets"
  acl    = "public-read" # expect: AWS012
}

resource "aws_s3_bucket" "partner_drop" {
  bucket = "payments-partner-drop"
  grant { # expect: AWS012
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    permissions = ["READ"]
  }
}

# provider v4+ style: aws_s3_bucket_acl
resource "aws_s3_bucket" "receipts" {
  bucket = "payments-receipts"
}

resource "aws_s3_bucket_acl" "receipts" {
  bucket = aws_s3_bucket.receipts.id
  acl    = "authenticated-read" # expect: AWS012
}

resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  access_control_policy {
    grant { # expect: AWS012
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}
