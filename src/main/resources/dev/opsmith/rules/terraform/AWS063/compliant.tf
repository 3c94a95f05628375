variable "key_status" {
  type = string
}

resource "aws_iam_user" "sftp_bridge" {
  name = "sftp-bridge"
}

# A retired key kept inactive until its last user is gone.
resource "aws_iam_access_key" "retired" {
  user    = aws_iam_user.sftp_bridge.name
  status  = "Inactive"
  pgp_key = "keybase:acme_payments_ops"
}

# A status from a variable without a value: undecided, not reported.
resource "aws_iam_access_key" "toggled" {
  user    = aws_iam_user.sftp_bridge.name
  status  = var.key_status
  pgp_key = "keybase:acme_payments_ops"
}
