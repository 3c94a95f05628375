resource "aws_api_gateway_rest_api" "payments" {
  name = "payments"

  endpoint_configuration {
    types = ["REGIONAL"]
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
  authorization = "NONE" # expect: AWS270
}

resource "aws_api_gateway_method" "refunds_get" {
  rest_api_id      = aws_api_gateway_rest_api.payments.id
  resource_id      = aws_api_gateway_resource.refunds.id
  http_method      = "GET"
  authorization    = "NONE" # expect: AWS270
  api_key_required = false
}
