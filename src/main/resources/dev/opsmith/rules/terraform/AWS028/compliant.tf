variable "sites" {
  type = list(string)
}

# provider v3 style: private bucket behind CloudFront, no website endpoint
resource "aws_s3_bucket" "checkout_assets" {
  bucket = "payments-checkout-assets"
  acl    = "private"
}

# provider v4+ style
resource "aws_s3_bucket" "merchant_docs" {
  bucket = "payments-merchant-docs"
}

resource "aws_s3_bucket_versioning" "merchant_docs" {
  bucket = aws_s3_bucket.merchant_docs.id
  versioning_configuration {
    status = "Enabled"
  }
}

# unknown: whether the website block exists depends on a variable without default
resource "aws_s3_bucket" "campaigns" {
  bucket = "payments-campaigns"
  dynamic "website" {
    for_each = var.sites
    content {
      index_document = website.value
    }
  }
}
