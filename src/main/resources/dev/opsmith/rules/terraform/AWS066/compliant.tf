variable "password_policy_setting" {
  type = number
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  minimum_password_length = 16
}

# Unknown value: undecided, not reported.
resource "aws_iam_account_password_policy" "from_variable" {
  minimum_password_length = var.password_policy_setting
}
