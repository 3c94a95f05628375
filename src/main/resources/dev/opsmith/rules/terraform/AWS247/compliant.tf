variable "url_auth" {
  type = string # no default: the authorization type is unknown, so nothing is decided
}

resource "aws_lambda_function" "checkout" {
  function_name = "payments-checkout"
  role          = "arn:aws:iam::123456789012:role/payments-checkout"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "checkout.zip"
}

resource "aws_lambda_function_url" "checkout" {
  function_name      = aws_lambda_function.checkout.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "checkout_live" {
  function_name      = aws_lambda_function.checkout.function_name
  qualifier          = "live"
  authorization_type = var.url_auth
}
