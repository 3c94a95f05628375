variable "reader_actions" {
  type = list(string)
}

resource "aws_iam_policy" "exporter" {
  name = "payments-exporter"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:Get*", "s3:List*", "s3:PutObject"]
      Resource = "arn:aws:s3:::payments-exports/*"
    }]
  })
}

# Denying all of KMS is not a grant.
data "aws_iam_policy_document" "deny_kms" {
  statement {
    effect    = "Deny"
    actions   = ["kms:*"]
    resources = ["*"]
  }
}

# Unknown actions: undecided, not reported.
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = var.reader_actions
    resources = ["arn:aws:s3:::payments-exports/*"]
  }
}
