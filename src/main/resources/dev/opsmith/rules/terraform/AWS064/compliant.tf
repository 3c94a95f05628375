variable "ops_pgp_key" {
  type = string
}

resource "aws_iam_user" "smtp" {
  name = "payments-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user    = aws_iam_user.smtp.name
  pgp_key = "keybase:acme_payments_ops"
}

# A key from a variable without a value is still a key: the secret is encrypted.
resource "aws_iam_access_key" "smtp_backup" {
  user    = aws_iam_user.smtp.name
  pgp_key = var.ops_pgp_key
}
