variable "tls_policy" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_domain_name" "payments" {
  domain_name              = "api.payments.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  security_policy          = "TLS_1_2"
}

resource "aws_api_gateway_domain_name" "partners" {
  domain_name              = "partners.payments.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  security_policy          = var.tls_policy
}

resource "aws_apigatewayv2_domain_name" "checkout" {
  domain_name = "checkout.payments.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
