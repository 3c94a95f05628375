variable "deletion_window" {
  type = number # no default: nothing is decided
}

resource "aws_kms_key" "ledger" {
  description             = "Ledger database encryption"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_key" "audit" {
  description         = "Audit trail encryption"
  enable_key_rotation = true
}

resource "aws_kms_key" "sandbox" {
  description             = "Sandbox data"
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window
}
