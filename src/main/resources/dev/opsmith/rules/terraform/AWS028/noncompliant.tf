# provider v3 style
resource "aws_s3_bucket" "checkout_assets" {
  bucket = "payments-checkout-assets"
  website { # expect: AWS028
    index_document = "index.html"
    error_document = "error.html"
  }
}

# provider v4+ style
resource "aws_s3_bucket" "merchant_docs" {
  bucket = "payments-merchant-docs"
}

resource "aws_s3_bucket_website_configuration" "merchant_docs" { # expect: AWS028
  bucket = aws_s3_bucket.merchant_docs.id
  index_document {
    suffix = "index.html"
  }
}
