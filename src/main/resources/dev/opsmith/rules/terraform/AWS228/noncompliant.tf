resource "aws_secretsmanager_secret" "ledger_db" {
  name = "payments/ledger-db"
}

resource "aws_secretsmanager_secret_version" "ledger_db" {
  secret_id = aws_secretsmanager_secret.ledger_db.id
  secret_string = jsonencode({ # expect: AWS228
    username = "ledger_app"
    password = "Tr0ub4dor&3-ledger"
  })
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name = "payments/psp-api-key"
}

resource "aws_secretsmanager_secret_version" "psp_api_key" {
  secret_id     = aws_secretsmanager_secret.psp_api_key.id
  secret_string = "pk_9Xw2LmQ7rT4vB8nZ" # expect: AWS228
}

resource "aws_ssm_parameter" "fx_feed_token" {
  name  = "/payments/fx/feed-token"
  type  = "SecureString"
  value = "fx-7Hq2Lp9Wm4Zt" # expect: AWS228
}
