variable "support_policy_arn" {
  type = string
}

resource "aws_iam_policy" "pipeline" {
  name = "payments-pipeline"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ecr:PutImage", "ecs:UpdateService"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "pipeline" {
  role       = "payments-pipeline"
  policy_arn = aws_iam_policy.pipeline.arn
}

resource "aws_iam_group_policy_attachment" "auditors" {
  group      = "auditors"
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}

# An ARN from a variable without a value: undecided, not reported.
resource "aws_iam_role_policy_attachment" "support" {
  role       = "payments-support"
  policy_arn = var.support_policy_arn
}
