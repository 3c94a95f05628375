variable "rotation_days" {
  type = number # no default: nothing is decided
}

resource "aws_kms_key" "ledger" {
  description             = "Ledger database encryption"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

resource "aws_kms_key" "audit" {
  description         = "Audit trail encryption"
  enable_key_rotation = true
}

resource "aws_kms_key" "reports" {
  description             = "Reporting exports"
  enable_key_rotation     = true
  rotation_period_in_days = var.rotation_days
}
