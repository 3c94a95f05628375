variable "auditor_name" {
  type = string
}

# A programmatic-only user without a console password.
resource "aws_iam_user" "auditor" {
  name = var.auditor_name
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = "auditors"
  users = [aws_iam_user.auditor.name]
}
