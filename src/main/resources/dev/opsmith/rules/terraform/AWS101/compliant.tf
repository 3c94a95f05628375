variable "partner_org" {
  type = string # no default: whether the condition narrows is unknown
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
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "OrganisationDecrypt"
        Effect    = "Allow"
        Principal = "*"
        Action    = "kms:Decrypt"
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = var.partner_org } }
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
      "Sid": "ViaS3Only",
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": ["kms:Encrypt", "kms:GenerateDataKey*"],
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "kms:CallerAccount": "111122223333",
          "kms:ViaService": "s3.eu-west-1.amazonaws.com"
        }
      }
    },
    {
      "Sid": "DenyEveryoneElse",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "kms:ScheduleKeyDeletion",
      "Resource": "*"
    }
  ]
}
EOF
}
