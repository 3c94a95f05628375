# A break-glass policy written with jsonencode.
resource "aws_iam_policy" "break_glass" {
  name = "payments-break-glass"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*" # expect: AWS050
      Resource = "*"
    }]
  })
}

# The same grant as a JSON heredoc on a role.
resource "aws_iam_role_policy" "ops" {
  role = "payments-ops"
  # expect-next: AWS050
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "*:*", "Resource": "*"}]
    }
  EOF
}

# And as a quoted JSON string on a user.
resource "aws_iam_user_policy" "migration" {
  user   = "ledger-migration"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}" # expect: AWS050
}

# Built with aws_iam_policy_document.
data "aws_iam_policy_document" "admin" {
  statement {
    sid       = "Everything"
    actions   = ["*"] # expect: AWS050
    resources = ["*"]
  }
}

resource "aws_iam_policy" "admin" {
  name   = "payments-admin"
  policy = data.aws_iam_policy_document.admin.json
}
