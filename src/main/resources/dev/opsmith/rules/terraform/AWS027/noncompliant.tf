# provider v3 style: inline policy
resource "aws_s3_bucket" "ledger_exports" {
  bucket = "payments-ledger-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # expect: AWS027
        Sid       = "DenyAll"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::payments-ledger-exports", "arn:aws:s3:::payments-ledger-exports/*"]
      }
    ]
  })
}

# provider v4+ style: split policy resource
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_policy" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # expect: AWS027
        Effect    = "Deny"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = "arn:aws:s3:::payments-settlement-files/*"
      }
    ]
  })
}
