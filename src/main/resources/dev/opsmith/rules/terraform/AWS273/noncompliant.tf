resource "aws_api_gateway_rest_api" "payments" { # expect: AWS273
  name = "payments"
}

resource "aws_api_gateway_base_path_mapping" "payments" {
  api_id      = aws_api_gateway_rest_api.payments.id
  stage_name  = "v1"
  domain_name = "api.payments.example.com"
}

resource "aws_apigatewayv2_api" "checkout" {
  name                         = "checkout"
  protocol_type                = "HTTP"
  disable_execute_api_endpoint = false # expect: AWS273
}

resource "aws_apigatewayv2_api_mapping" "checkout" {
  api_id      = aws_apigatewayv2_api.checkout.id
  domain_name = "checkout.payments.example.com"
  stage       = "$default"
}
