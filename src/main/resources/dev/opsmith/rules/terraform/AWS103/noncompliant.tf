resource "aws_kms_key" "ledger" {
  description             = "Ledger database encryption"
  enable_key_rotation     = true
  deletion_window_in_days = 7 # expect: AWS103
}

resource "aws_kms_external_key" "hsm_import" {
  description             = "Key material imported from the payment HSM"
  deletion_window_in_days = 14 # expect: AWS103
}
