variable "password_policy_setting" {
  type = bool
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  require_lowercase_characters = true
}

# Unknown value: undecided, not reported.
resource "aws_iam_account_password_policy" "from_variable" {
  require_lowercase_characters = var.password_policy_setting
}
