resource "aws_backup_vault" "payments" { # expect: AWS330
  name = "payments"
}

resource "aws_backup_vault" "ledger" {
  name        = "ledger"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" # expect: AWS330
}
