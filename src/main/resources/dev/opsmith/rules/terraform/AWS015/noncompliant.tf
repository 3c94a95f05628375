# provider v3 style: no policy at all, and a policy without the TLS deny
resource "aws_s3_bucket" "statements" { # expect: AWS015
  bucket = "payments-statements"
}

resource "aws_s3_bucket" "ledger_exports" {
  bucket = "payments-ledger-exports"
  policy = jsonencode({ # expect: AWS015
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/ledger-reader" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::payments-ledger-exports/*"
    }]
  })
}

# provider v4+ style: the deny covers the objects but not the bucket
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_policy" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  policy = jsonencode({ # expect: AWS015
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::payments-settlement-files/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
