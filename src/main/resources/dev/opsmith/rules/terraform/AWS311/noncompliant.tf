resource "aws_api_gateway_rest_api" "payments" {
  name = "payments-public"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_stage" "live" { # expect: AWS311
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = "a1b2c3"
  stage_name    = "live"
}

# Edge-optimised (no endpoint_configuration).
resource "aws_api_gateway_rest_api" "webhooks" {
  name = "merchant-webhooks"
}

resource "aws_api_gateway_stage" "webhooks" { # expect: AWS311
  rest_api_id   = aws_api_gateway_rest_api.webhooks.id
  deployment_id = "d4e5f6"
  stage_name    = "v1"
}
