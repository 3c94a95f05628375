variable "authorization" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_rest_api" "payments" {
  name = "payments"
}

resource "aws_api_gateway_rest_api" "internal_ledger" {
  name = "internal-ledger"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_resource" "refunds" {
  rest_api_id = aws_api_gateway_rest_api.payments.id
  parent_id   = aws_api_gateway_rest_api.payments.root_resource_id
  path_part   = "refunds"
}

resource "aws_api_gateway_method" "refunds_post" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  resource_id   = aws_api_gateway_resource.refunds.id
  http_method   = "POST"
  authorization = "AWS_IAM"
}

# CORS pre-flight
resource "aws_api_gateway_method" "refunds_options" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  resource_id   = aws_api_gateway_resource.refunds.id
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "refunds_get" {
  rest_api_id      = aws_api_gateway_rest_api.payments.id
  resource_id      = aws_api_gateway_resource.refunds.id
  http_method      = "GET"
  authorization    = "NONE"
  api_key_required = true
}

# Private API: reachable only through its VPC endpoints
resource "aws_api_gateway_method" "balances_get" {
  rest_api_id   = aws_api_gateway_rest_api.internal_ledger.id
  resource_id   = aws_api_gateway_rest_api.internal_ledger.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "refunds_delete" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  resource_id   = aws_api_gateway_resource.refunds.id
  http_method   = "DELETE"
  authorization = var.authorization
}
