variable "disable_default_endpoint" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_rest_api" "payments" {
  name                         = "payments"
  disable_execute_api_endpoint = true
}

resource "aws_api_gateway_base_path_mapping" "payments" {
  api_id      = aws_api_gateway_rest_api.payments.id
  stage_name  = "v1"
  domain_name = "api.payments.example.com"
}

# Not behind a custom domain: the default endpoint is the only one
resource "aws_apigatewayv2_api" "webhooks" {
  name          = "webhooks"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "checkout" {
  name                         = "checkout"
  protocol_type                = "HTTP"
  disable_execute_api_endpoint = var.disable_default_endpoint
}

resource "aws_apigatewayv2_api_mapping" "checkout" {
  api_id      = aws_apigatewayv2_api.checkout.id
  domain_name = "checkout.payments.example.com"
  stage       = "$default"
}
