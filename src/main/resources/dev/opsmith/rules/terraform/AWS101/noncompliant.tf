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
        Sid       = "PartnerDecrypt"
        Effect    = "Allow"
        Principal = "*" # expect: AWS101
        Action    = ["kms:Decrypt", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

data "aws_iam_policy_document" "reports" {
  statement {
    sid       = "EveryoneDecrypts"
    actions   = ["kms:Decrypt"]
    resources = ["*"]

    principals { # expect: AWS101
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key" "reports" {
  description         = "Reporting exports"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "reports" {
  key_id = aws_kms_key.reports.id
  policy = data.aws_iam_policy_document.reports.json
}
