variable "parameter_key" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "parameters" {
  description         = "Encrypts payments parameters"
  enable_key_rotation = true
}

resource "aws_ssm_parameter" "ledger_db_password" {
  name   = "/payments/ledger/db_password"
  type   = "SecureString"
  key_id = aws_kms_key.parameters.arn
  value  = "to-be-set-by-operator"
}

resource "aws_ssm_parameter" "ledger_endpoint" {
  name  = "/payments/ledger/endpoint"
  type  = "String"
  value = "ledger.payments.internal:5432"
}

resource "aws_ssm_parameter" "psp_api_key" {
  name   = "/payments/psp/api-key"
  type   = "SecureString"
  key_id = var.parameter_key
  value  = "to-be-set-by-operator"
}
