resource "aws_kms_key" "ledger" {
  description             = "Ledger database encryption"
  enable_key_rotation     = true
  rotation_period_in_days = 730 # expect: AWS107
}
