variable "admin_role_arn" {
  type = string
}

# provider v3 style: the deny only targets plain-HTTP requests
resource "aws_s3_bucket" "ledger_exports" {
  bucket = "payments-ledger-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::payments-ledger-exports", "arn:aws:s3:::payments-ledger-exports/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}

# provider v4+ style: the deny spares the administrators
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_policy" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect       = "Deny"
        NotPrincipal = { AWS = "arn:aws:iam::111122223333:role/payments-admin" }
        Action       = "s3:*"
        Resource     = "arn:aws:s3:::payments-settlement-files/*"
      }
    ]
  })
}

# unknown: the effect comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_policy" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = var.admin_role_arn == "" ? "Deny" : "Allow"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "arn:aws:s3:::payments-chargebacks/*"
      }
    ]
  })
}
