variable "passable_roles" {
  type = list(string)
}

resource "aws_iam_policy" "deployer" {
  name = "payments-deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/payments-lambda-exec"
    }]
  })
}

# Any role, but only to ECS tasks.
data "aws_iam_policy_document" "ecs_deploy" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# Roles from a variable without a value: undecided, not reported.
data "aws_iam_policy_document" "configurable" {
  statement {
    actions   = ["iam:PassRole"]
    resources = var.passable_roles
  }
}
