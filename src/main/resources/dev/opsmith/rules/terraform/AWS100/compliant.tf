variable "rotate_keys" {
  type = bool # no default: rotation is unknown, so nothing is decided
}

resource "aws_kms_key" "card_vault" {
  description         = "Encrypts the card vault tables"
  enable_key_rotation = true
}

# asymmetric keys cannot be rotated automatically
resource "aws_kms_key" "receipt_signing" {
  description              = "Signs payment receipts"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

# HMAC keys cannot be rotated automatically either
resource "aws_kms_key" "webhook_hmac" {
  description              = "Authenticates merchant webhooks"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# imported key material is rotated by hand
resource "aws_kms_external_key" "hsm_import" {
  description = "Key material imported from the payment HSM"
}

resource "aws_kms_key" "settlement" {
  description         = "Encrypts settlement files"
  enable_key_rotation = var.rotate_keys
}
