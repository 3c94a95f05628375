# provider v3 style: canned ACL and grant inline
resource "aws_s3_bucket" "uploads" {
  bucket = "payments-merchant-uploads"
  acl    = "public-read-write" # expect: AWS013
}

resource "aws_s3_bucket" "partner_drop" {
  bucket = "payments-partner-drop"
  grant { # expect: AWS013
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
    permissions = ["READ", "WRITE"]
  }
}

# provider v4+ style: aws_s3_bucket_acl
resource "aws_s3_bucket" "disputes" {
  bucket = "payments-disputes"
}

resource "aws_s3_bucket_acl" "disputes" {
  bucket = aws_s3_bucket.disputes.id
  acl    = "public-read-write" # expect: AWS013
}

resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  access_control_policy {
    grant { # expect: AWS013
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "WRITE_ACP"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}
