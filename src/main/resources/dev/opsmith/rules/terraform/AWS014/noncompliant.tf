# provider v3 style: inline policy written with jsonencode
resource "aws_s3_bucket" "checkout_assets" {
  bucket = "payments-checkout-assets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*" # expect: AWS014
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::payments-checkout-assets/*"
    }]
  })
}

# provider v4+ style: split policy resource
resource "aws_s3_bucket" "merchant_docs" {
  bucket = "payments-merchant-docs"
}

resource "aws_s3_bucket_policy" "merchant_docs" {
  bucket = aws_s3_bucket.merchant_docs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" } # expect: AWS014
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::payments-merchant-docs", "arn:aws:s3:::payments-merchant-docs/*"]
    }]
  })
}
