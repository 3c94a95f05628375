variable "parameter_type" {
  type = string # no default: the type is unknown, so nothing is decided
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

resource "aws_ssm_parameter" "ledger_db_password_arn" {
  name  = "/payments/ledger/db_password_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:payments/ledger-db-AbCdEf"
}

resource "aws_ssm_parameter" "ledger_endpoint" {
  name  = "/payments/ledger/endpoint"
  type  = "String"
  value = "ledger.payments.internal:5432"
}

resource "aws_ssm_parameter" "psp_api_key" {
  name  = "/payments/psp/api-key"
  type  = var.parameter_type
  value = "to-be-set-by-operator"
}
