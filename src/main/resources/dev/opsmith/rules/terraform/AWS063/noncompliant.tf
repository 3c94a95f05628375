resource "aws_iam_user" "sftp_bridge" {
  name = "sftp-bridge"
}

resource "aws_iam_access_key" "sftp_bridge" { # expect: AWS063
  user    = aws_iam_user.sftp_bridge.name
  pgp_key = "keybase:acme_payments_ops"
}

resource "aws_iam_access_key" "sftp_bridge_rotation" { # expect: AWS063
  user    = aws_iam_user.sftp_bridge.name
  status  = "Active"
  pgp_key = "keybase:acme_payments_ops"
}
