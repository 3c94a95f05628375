resource "aws_ssm_parameter" "ledger_db_password" { # expect: AWS231
  name  = "/payments/ledger/db_password"
  type  = "SecureString"
  value = "to-be-set-by-operator"
}

resource "aws_ssm_parameter" "psp_api_key" { # expect: AWS231
  name   = "/payments/psp/api-key"
  type   = "SecureString"
  key_id = "alias/aws/ssm"
  value  = "to-be-set-by-operator"
}
