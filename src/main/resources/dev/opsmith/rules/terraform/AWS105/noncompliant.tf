resource "aws_kms_key" "ledger" { # expect: AWS105
  description         = "Ledger database encryption"
  enable_key_rotation = true
}

resource "aws_kms_key" "audit" {
  description         = "Audit trail encryption"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "audit" {
  key_id = aws_kms_key.audit.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdministration"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/key-admins" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
