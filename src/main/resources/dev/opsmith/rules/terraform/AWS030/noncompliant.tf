# the v3 inline form left in place after adding the v4+ split resources
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  acl    = "private" # expect: AWS030
  versioning { # expect: AWS030
    enabled = true
  }
}

resource "aws_s3_bucket_versioning" "statements" {
  bucket = aws_s3_bucket.statements.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  acl    = "private"
}
