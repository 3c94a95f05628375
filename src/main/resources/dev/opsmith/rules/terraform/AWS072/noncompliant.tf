# The attribute is not written: AWS's default applies.
resource "aws_iam_account_password_policy" "default" { # expect: AWS072
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  max_password_age = 365 # expect: AWS072
}

resource "aws_iam_account_password_policy" "never" {
  max_password_age = 0 # expect: AWS072
}
