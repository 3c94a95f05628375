variable "ledger_api_policy" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_rest_api" "internal_ledger" {
  name = "internal-ledger"

  endpoint_configuration {
    types = ["PRIVATE"]
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f60718" } }
    }]
  })
}

# Regional API: each method's authorisation is the gate
resource "aws_api_gateway_rest_api" "checkout" {
  name = "checkout"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api" "settlement" {
  name = "settlement"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "settlement" {
  rest_api_id = aws_api_gateway_rest_api.settlement.id
  policy      = var.ledger_api_policy
}
