variable "protect_tables" {
  type = bool
}

resource "aws_dynamodb_table" "transfers" {
  name                        = "payments-transfers"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "transfer_id"
  deletion_protection_enabled = true

  attribute {
    name = "transfer_id"
    type = "S"
  }
}

# unknown until a value is supplied: not decided
resource "aws_dynamodb_table" "idempotency_keys" {
  name                        = "payments-idempotency-keys"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "key"
  deletion_protection_enabled = var.protect_tables

  attribute {
    name = "key"
    type = "S"
  }
}
