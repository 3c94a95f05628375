variable "transport_flag" {
  type = string
}

# provider v3 style: inline policy
resource "aws_s3_bucket" "ledger_exports" {
  bucket = "payments-ledger-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::payments-ledger-exports", "arn:aws:s3:::payments-ledger-exports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# provider v4+ style: policy document data source with the bucket's ARNs
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

data "aws_iam_policy_document" "settlement_files" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.settlement_files.arn, "${aws_s3_bucket.settlement_files.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  policy = data.aws_iam_policy_document.settlement_files.json
}

# unknown: the condition value comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_policy" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::payments-chargebacks", "arn:aws:s3:::payments-chargebacks/*"]
      Condition = { Bool = { "aws:SecureTransport" = var.transport_flag } }
    }]
  })
}
