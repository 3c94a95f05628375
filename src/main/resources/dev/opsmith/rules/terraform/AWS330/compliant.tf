variable "vault_key_arn" {
  type = string # no default: which key encrypts the card-data vault is unknown, nothing is decided
}

resource "aws_kms_key" "backup" {
  description         = "payments backup vaults"
  enable_key_rotation = true
}

resource "aws_backup_vault" "payments" {
  name        = "payments"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault" "card_data" {
  name        = "card-data"
  kms_key_arn = var.vault_key_arn
}
