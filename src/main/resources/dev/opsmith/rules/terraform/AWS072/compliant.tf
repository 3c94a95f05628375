variable "password_policy_setting" {
  type = number
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  max_password_age = 60
}

# Unknown value: undecided, not reported.
resource "aws_iam_account_password_policy" "from_variable" {
  max_password_age = var.password_policy_setting
}
