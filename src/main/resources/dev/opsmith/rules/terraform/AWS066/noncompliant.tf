# The attribute is not written: AWS's default applies.
resource "aws_iam_account_password_policy" "default" { # expect: AWS066
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  minimum_password_length = 12 # expect: AWS066
}
