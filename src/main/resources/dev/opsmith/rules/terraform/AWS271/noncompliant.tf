resource "aws_apigatewayv2_api" "checkout" {
  name          = "checkout"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "notifications" {
  name                       = "payment-notifications"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_route" "create_payment" { # expect: AWS271
  api_id    = aws_apigatewayv2_api.checkout.id
  route_key = "POST /payments"
}

resource "aws_apigatewayv2_route" "catch_all" {
  api_id             = aws_apigatewayv2_api.checkout.id
  route_key          = "$default"
  authorization_type = "NONE" # expect: AWS271
}

resource "aws_apigatewayv2_route" "connect" { # expect: AWS271
  api_id    = aws_apigatewayv2_api.notifications.id
  route_key = "$connect"
}
