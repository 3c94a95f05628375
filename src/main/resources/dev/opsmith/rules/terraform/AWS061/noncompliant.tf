resource "aws_iam_user" "ops" {
  name = "ops-oncall"
}

resource "aws_iam_user_policy_attachment" "ops_admin" {
  user       = aws_iam_user.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: AWS061
}

resource "aws_iam_policy" "everything" {
  name = "payments-everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "ops_everything" {
  user       = aws_iam_user.ops.name
  policy_arn = aws_iam_policy.everything.arn # expect: AWS061
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "ops_inline" {
  user   = aws_iam_user.ops.name
  policy = data.aws_iam_policy_document.admin.json # expect: AWS061
}

resource "aws_iam_policy_attachment" "iam_admins" {
  name       = "iam-admins"
  users      = [aws_iam_user.ops.name]
  policy_arn = "arn:aws-us-gov:iam::aws:policy/IAMFullAccess" # expect: AWS061
}
