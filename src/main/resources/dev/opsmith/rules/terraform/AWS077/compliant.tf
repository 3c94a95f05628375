variable "allowed_subjects" {
  type = list(string)
}

resource "aws_iam_role" "deploy" {
  name = "payments-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:acme-payments/ledger-api:environment:production" }
      }
    }]
  })
}

# One repository, any branch: accepted unless requireRefOrEnvironment is set.
data "aws_iam_policy_document" "ci" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme-payments/ledger-api:*"]
    }
  }
}

resource "aws_iam_role" "ci" {
  name               = "payments-ci"
  assume_role_policy = data.aws_iam_policy_document.ci.json
}

# Subjects from a variable without a value: undecided, not reported.
resource "aws_iam_role" "preview" {
  name = "payments-preview"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = var.allowed_subjects } }
    }]
  })
}
