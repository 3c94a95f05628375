variable "actions" {
  type = list(string)
}

resource "aws_iam_role_policy" "settlement_worker" {
  role = "settlement-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "arn:aws:s3:::payments-settlements/*"
    }]
  })
}

# Denying everything outside the organisation is not a grant.
data "aws_iam_policy_document" "guard" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

# Unknown actions: undecided, not reported.
data "aws_iam_policy_document" "batch" {
  statement {
    actions   = var.actions
    resources = ["arn:aws:sqs:eu-west-1:123456789012:payments-batch"]
  }
}
