variable "auditor_names" {
  type = list(string)
}

resource "aws_iam_user" "reporting" {
  name = "reporting-batch"
}

resource "aws_iam_user_group_membership" "reporting" {
  user   = aws_iam_user.reporting.name
  groups = ["reporting"]
}

resource "aws_iam_user" "reconciliation" {
  name = "reconciliation"
}

resource "aws_iam_group_membership" "finance" {
  name  = "finance-members"
  group = "finance"
  users = ["reconciliation"]
}

# Members from a variable without a value: undecided, not reported.
resource "aws_iam_user" "auditor" {
  name = "external-auditor"
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = "auditors"
  users = var.auditor_names
}
