variable "password_policy_setting" {
  type = number
}

resource "aws_iam_account_password_policy" "payments" {
  allow_users_to_change_password = true
  password_reuse_prevention = 24
}

# Unknown value: undecided, not reported.
resource "aws_iam_account_password_policy" "from_variable" {
  password_reuse_prevention = var.password_policy_setting
}
