resource "aws_iam_role" "pipeline" {
  name                = "payments-pipeline"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"] # expect: AWS062
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "support" {
  role       = "payments-support"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: AWS062
}

resource "aws_iam_group_policy_attachment" "platform" {
  group      = "platform"
  policy_arn = "arn:aws-cn:iam::aws:policy/AdministratorAccess" # expect: AWS062
}

resource "aws_iam_policy_attachment" "operators" {
  name       = "operators"
  groups     = ["operators"]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: AWS062
}
