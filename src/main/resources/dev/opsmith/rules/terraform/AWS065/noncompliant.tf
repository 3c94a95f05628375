resource "aws_iam_user" "auditor" {
  name = "external-auditor"
}

resource "aws_iam_user_login_profile" "auditor" { # expect: AWS065
  user                    = aws_iam_user.auditor.name
  password_reset_required = true
}
