variable "sessions_key_arn" {
  type = string # no default: nothing is decided
}

resource "aws_kms_key" "dynamodb" {
  description         = "payments tables"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "cards" {
  name         = "card-tokens"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "token"

  attribute {
    name = "token"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.sessions_key_arn
  }
}
