# The attribute is not written: AWS's default applies.
resource "aws_iam_account_password_policy" "default" { # expect: AWS069
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  require_uppercase_characters = false # expect: AWS069
}
