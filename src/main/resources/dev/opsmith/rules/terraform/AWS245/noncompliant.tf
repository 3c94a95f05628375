resource "aws_lambda_function" "checkout" {
  function_name = "payments-checkout"
  role          = "arn:aws:iam::123456789012:role/payments-checkout"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "checkout.zip"
}

resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.checkout.function_name
  principal     = "*" # expect: AWS245
}

resource "aws_lambda_permission" "public_url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.checkout.function_name
  principal              = "*" # expect: AWS245
  function_url_auth_type = "NONE"
}
