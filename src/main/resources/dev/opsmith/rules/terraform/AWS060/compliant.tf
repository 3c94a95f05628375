variable "reader_users" {
  type = list(string)
}

resource "aws_iam_group" "reconciliation" {
  name = "reconciliation"
}

resource "aws_iam_group_policy_attachment" "reconciliation" {
  group      = aws_iam_group.reconciliation.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "readers" {
  name       = "payments-readers"
  groups     = [aws_iam_group.reconciliation.name]
  roles      = ["payments-reporting"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Users from a variable without a value: undecided, not reported.
resource "aws_iam_policy_attachment" "auditors" {
  name       = "payments-auditors"
  users      = var.reader_users
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}
