variable "pitr" {
  type = bool
}

resource "aws_dynamodb_table" "transfers" {
  name         = "payments-transfers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "transfer_id"

  attribute {
    name = "transfer_id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# unknown until a value is supplied: not decided
resource "aws_dynamodb_table" "idempotency_keys" {
  name         = "payments-idempotency-keys"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "key"

  attribute {
    name = "key"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.pitr
  }
}
