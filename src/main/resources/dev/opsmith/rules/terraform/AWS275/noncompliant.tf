resource "aws_api_gateway_stage" "rates_v1" { # expect: AWS275
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "v1"
}

resource "aws_api_gateway_stage" "rates_v2" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep456"
  stage_name            = "v2"
  cache_cluster_enabled = false # expect: AWS275
}
