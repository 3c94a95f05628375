resource "aws_api_gateway_rest_api" "payments" {
  name = "payments"
}

resource "aws_api_gateway_stage" "v1" { # expect: AWS266
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = "dep123"
  stage_name    = "v1"
}

resource "aws_api_gateway_stage" "v2" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = "dep456"
  stage_name    = "v2"
}

resource "aws_api_gateway_method_settings" "v2_all" {
  rest_api_id = aws_api_gateway_rest_api.payments.id
  stage_name  = aws_api_gateway_stage.v2.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "OFF" # expect: AWS266
  }
}

# Settings for one method do not cover the stage
resource "aws_api_gateway_method_settings" "v1_refunds" {
  rest_api_id = aws_api_gateway_rest_api.payments.id
  stage_name  = aws_api_gateway_stage.v1.stage_name
  method_path = "refunds/POST"

  settings {
    logging_level = "INFO"
  }
}
