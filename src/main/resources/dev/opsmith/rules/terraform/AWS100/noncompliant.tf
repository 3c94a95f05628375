resource "aws_kms_key" "card_vault" { # expect: AWS100
  description             = "Encrypts the card vault tables"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "ledger" {
  description              = "Encrypts the ledger database"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # expect: AWS100
}
