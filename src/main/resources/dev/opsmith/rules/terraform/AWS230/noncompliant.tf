resource "aws_ssm_parameter" "ledger_db_password" {
  name  = "/payments/ledger/db_password"
  type  = "String" # expect: AWS230
  value = "to-be-set-by-operator"
}

resource "aws_ssm_parameter" "psp_api_keys" {
  name  = "/payments/psp/api-keys"
  type  = "StringList" # expect: AWS230
  value = "primary,secondary"
}
