resource "aws_iam_user" "smtp" {
  name = "payments-smtp"
}

resource "aws_iam_access_key" "smtp" { # expect: AWS064
  user = aws_iam_user.smtp.name
}
