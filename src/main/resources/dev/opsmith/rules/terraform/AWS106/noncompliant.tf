data "aws_caller_identity" "current" {}

# AWS provider v3 style: policy inline on the key
resource "aws_kms_key" "payouts" {
  description                        = "Encrypts payout instructions"
  enable_key_rotation                = true
  bypass_policy_lockout_safety_check = true # expect: AWS106
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountRoot"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

# AWS provider v4+ style: the policy as its own resource
resource "aws_kms_key" "chargebacks" {
  description         = "Encrypts chargeback files"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "chargebacks" {
  key_id                             = aws_kms_key.chargebacks.id
  bypass_policy_lockout_safety_check = true # expect: AWS106
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountRoot"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
