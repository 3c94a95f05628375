resource "aws_api_gateway_stage" "payments_v1" { # expect: AWS265
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "v1"
}

resource "aws_apigatewayv2_stage" "checkout" { # expect: AWS265
  api_id      = "f6g7h8i9j0"
  name        = "$default"
  auto_deploy = true
}
