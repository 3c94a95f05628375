resource "aws_backup_vault" "payments" { # expect: AWS331
  name        = "payments"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/0d6c1f4e-8a55-4c34-9d5e-2f0b7c1a9e11"
}

resource "aws_backup_plan" "daily" {
  name = "payments-daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.payments.name
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }
}
