variable "tracing" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_api_gateway_stage" "payments_v1" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "v1"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "payments_v2" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep456"
  stage_name           = "v2"
  xray_tracing_enabled = var.tracing
}
