resource "aws_lambda_function" "checkout" {
  function_name = "payments-checkout"
  role          = "arn:aws:iam::123456789012:role/payments-checkout"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "checkout.zip"
}

resource "aws_lambda_function_url" "checkout" {
  function_name      = aws_lambda_function.checkout.function_name
  authorization_type = "NONE" # expect: AWS247
}
