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
        Sid       = "LedgerService"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/ledger-service" }
        Action    = ["kms:Decrypt", "kms:*"] # expect: AWS102
        Resource  = "*"
      },
    ]
  })
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "CloudWatchLogs"
    actions   = ["*"] # expect: AWS102
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.eu-west-1.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "logs" {
  description         = "Log group encryption"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.logs.json
}
