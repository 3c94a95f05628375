variable "access_log_targets" {
  type = map(string) # no default: whether access logging is configured is unknown
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/apigateway/payments"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "payments_v1" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "v1"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

resource "aws_apigatewayv2_stage" "checkout" {
  api_id      = "f6g7h8i9j0"
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", routeKey = "$context.routeKey" })
  }
}

resource "aws_apigatewayv2_stage" "refunds" {
  api_id = "k1l2m3n4o5"
  name   = "live"

  dynamic "access_log_settings" {
    for_each = var.access_log_targets
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId"
    }
  }
}
