variable "protected_stage_arn" {
  type = string # no default: this association may protect the sandbox stage, so nothing is decided for it
}

resource "aws_api_gateway_rest_api" "payments" {
  name = "payments-public"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_stage" "live" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = "a1b2c3"
  stage_name    = "live"
}

resource "aws_api_gateway_stage" "sandbox" {
  rest_api_id   = aws_api_gateway_rest_api.payments.id
  deployment_id = "a1b2c3"
  stage_name    = "sandbox"
}

resource "aws_wafv2_web_acl_association" "live" {
  resource_arn = aws_api_gateway_stage.live.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/payments-api/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
}

resource "aws_wafv2_web_acl_association" "sandbox" {
  resource_arn = var.protected_stage_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/payments-api/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
}

# Private APIs are reachable only through VPC endpoints.
resource "aws_api_gateway_rest_api" "ledger" {
  name = "ledger-internal"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_stage" "ledger" {
  rest_api_id   = aws_api_gateway_rest_api.ledger.id
  deployment_id = "0a9b8c"
  stage_name    = "prod"
}
