resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

resource "aws_iam_role" "deploy" {
  name = "payments-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: AWS078
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme-payments/ledger-api:*" }
      }
    }]
  })
}

data "aws_iam_policy_document" "irsa" {
  statement { # expect: AWS078
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C8F1E2A9B3D4F6A7E0C"]
    }
    condition {
      test     = "StringEquals"
      variable = "oidc.eks.eu-west-1.amazonaws.com/id/5C8F1E2A9B3D4F6A7E0C:sub"
      values   = ["system:serviceaccount:payments:ledger"]
    }
  }
}

resource "aws_iam_role" "ledger_irsa" {
  name               = "ledger-irsa"
  assume_role_policy = data.aws_iam_policy_document.irsa.json
}
