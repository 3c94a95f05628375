variable "policy_arn" {
  type = string
}

resource "aws_iam_user" "ops" {
  name = "ops-oncall"
}

resource "aws_iam_role" "admin" {
  name = "payments-admin"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

# Administrator rights on a role, not a user.
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "ops_read" {
  user       = aws_iam_user.ops.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_policy" "ops_inline" {
  user = aws_iam_user.ops.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "cloudwatch:GetMetricData", Resource = "*" }]
  })
}

# An ARN from a variable without a value: undecided, not reported.
resource "aws_iam_user_policy_attachment" "ops_extra" {
  user       = aws_iam_user.ops.name
  policy_arn = var.policy_arn
}
