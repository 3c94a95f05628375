variable "route_auth" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_apigatewayv2_api" "checkout" {
  name          = "checkout"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "notifications" {
  name                       = "payment-notifications"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_authorizer" "cognito" {
  api_id           = aws_apigatewayv2_api.checkout.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "cognito"

  jwt_configuration {
    audience = ["checkout"]
    issuer   = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example"
  }
}

resource "aws_apigatewayv2_route" "create_payment" {
  api_id             = aws_apigatewayv2_api.checkout.id
  route_key          = "POST /payments"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
}

resource "aws_apigatewayv2_route" "preflight" {
  api_id    = aws_apigatewayv2_api.checkout.id
  route_key = "OPTIONS /payments"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = aws_apigatewayv2_api.notifications.id
  route_key          = "$connect"
  authorization_type = "AWS_IAM"
}

# Routes after $connect cannot carry an authoriser on a WebSocket API
resource "aws_apigatewayv2_route" "ws_default" {
  api_id    = aws_apigatewayv2_api.notifications.id
  route_key = "$default"
}

resource "aws_apigatewayv2_route" "subscribe" {
  api_id    = aws_apigatewayv2_api.notifications.id
  route_key = "subscribe"
}

resource "aws_apigatewayv2_route" "disconnect" {
  api_id    = aws_apigatewayv2_api.notifications.id
  route_key = "$disconnect"
}

resource "aws_apigatewayv2_route" "refunds" {
  api_id             = aws_apigatewayv2_api.checkout.id
  route_key          = "POST /refunds"
  authorization_type = var.route_auth
}
