variable "external_key_id" {
  type = string # no default: the policy below may be the settlement key's
}

resource "aws_kms_key" "ledger" {
  description         = "Ledger database encryption"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "KeyAdministrators"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/key-admins" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "settlement" {
  description         = "Settlement files"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "external" {
  key_id = var.external_key_id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "KeyAdministrators"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/key-admins" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
