resource "aws_secretsmanager_secret" "ledger_db" { # expect: AWS226
  name = "payments/ledger-db"
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name       = "payments/psp-api-key"
  kms_key_id = "alias/aws/secretsmanager" # expect: AWS226
}
