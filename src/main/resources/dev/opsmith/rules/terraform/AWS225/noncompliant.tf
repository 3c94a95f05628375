resource "aws_lambda_function" "rotator" {
  function_name = "payments-secret-rotator"
  role          = "arn:aws:iam::123456789012:role/payments-secret-rotator"
  runtime       = "python3.12"
  handler       = "rotate.handler"
  filename      = "rotator.zip"
}

resource "aws_secretsmanager_secret" "psp_api_key" { # expect: AWS225
  name = "payments/psp-api-key"
}

# v3 inline style: rotation rules without a rotation function do nothing
resource "aws_secretsmanager_secret" "ledger_db" { # expect: AWS225
  name = "payments/ledger-db"

  rotation_rules {
    automatically_after_days = 30
  }
}

# v4+ split style: the rotation belongs to another secret
resource "aws_secretsmanager_secret" "card_vault" { # expect: AWS225
  name = "payments/card-vault"
}

resource "aws_secretsmanager_secret_rotation" "other_stack" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shared/smtp-AbCdEf"
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
