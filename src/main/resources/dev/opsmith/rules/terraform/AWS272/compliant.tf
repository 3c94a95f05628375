variable "client_certificate_id" {
  type = string # no default: the id is unknown but written, so the stage presents a certificate
}

resource "aws_api_gateway_client_certificate" "backend" {
  description = "Presented to the settlement backend"
}

resource "aws_api_gateway_stage" "payments_v1" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "v1"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}

resource "aws_api_gateway_stage" "payments_v2" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep456"
  stage_name            = "v2"
  client_certificate_id = var.client_certificate_id
}
