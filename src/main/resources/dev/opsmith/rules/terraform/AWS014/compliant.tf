variable "reader_principal" {
  type = string
}

# provider v3 style: everyone, but only through the payments VPC endpoint
resource "aws_s3_bucket" "checkout_assets" {
  bucket = "payments-checkout-assets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::payments-checkout-assets/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f60718" } }
    }]
  })
}

# provider v4+ style: policy document data source naming a role
resource "aws_s3_bucket" "merchant_docs" {
  bucket = "payments-merchant-docs"
}

data "aws_iam_policy_document" "merchant_docs" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.merchant_docs.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/merchant-portal"]
    }
  }
}

resource "aws_s3_bucket_policy" "merchant_docs" {
  bucket = aws_s3_bucket.merchant_docs.id
  policy = data.aws_iam_policy_document.merchant_docs.json
}

# unknown: the principal comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_policy" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.reader_principal }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::payments-chargebacks/*"
    }]
  })
}
