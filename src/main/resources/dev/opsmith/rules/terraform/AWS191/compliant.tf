variable "table_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:123456789012:key/0f6b2a57-3c1e-4d2a-9b8e-5a1f3c7d9e21"
}

variable "sse_enabled" {
  type = bool
}

# customer-managed key
resource "aws_dynamodb_table" "transfers" {
  name         = "payments-transfers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "transfer_id"

  attribute {
    name = "transfer_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.table_key_arn
  }
}

# AWS-managed key aws/dynamodb
resource "aws_dynamodb_table" "webhooks" {
  name         = "payments-webhooks"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "webhook_id"

  attribute {
    name = "webhook_id"
    type = "S"
  }

  server_side_encryption {
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

  server_side_encryption {
    enabled = var.sse_enabled
  }
}
