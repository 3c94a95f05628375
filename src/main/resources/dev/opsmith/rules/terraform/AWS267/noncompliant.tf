resource "aws_api_gateway_stage" "payments_v1" { # expect: AWS267
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "v1"
}

resource "aws_api_gateway_stage" "payments_v2" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep456"
  stage_name           = "v2"
  xray_tracing_enabled = false # expect: AWS267
}
