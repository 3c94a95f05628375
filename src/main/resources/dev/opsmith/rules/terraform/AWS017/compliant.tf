variable "mfa_delete" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled    = true
    mfa_delete = true
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

# versioning suspended: AWS016's concern, not this rule's
resource "aws_s3_bucket_versioning" "scratch" {
  bucket = "payments-scratch"
  versioning_configuration {
    status = "Suspended"
  }
}

# unknown: the setting comes from a variable without default
resource "aws_s3_bucket_versioning" "chargebacks" {
  bucket = "payments-chargebacks"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}
