variable "admin_role_arn" {
  type = string # no default: whether the principal is the root is unknown
}

resource "aws_kms_key" "ledger" {
  description         = "Ledger database encryption"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountRoot"
        Effect    = "Allow"
        Principal = { AWS = ["arn:aws:iam::111122223333:root", "444455556666"] }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "LedgerService"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/ledger-service" }
        Action    = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
      },
      {
        Sid       = "Administrators"
        Effect    = "Allow"
        Principal = { AWS = var.admin_role_arn }
        Action    = "kms:*"
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key" "settlement" {
  description         = "Settlement files"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "settlement" {
  key_id = aws_kms_key.settlement.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AccountRoot",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "DenyDeletionToService",
      "Effect": "Deny",
      "Principal": {"AWS": "arn:aws:iam::111122223333:role/settlement"},
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}
EOF
}
