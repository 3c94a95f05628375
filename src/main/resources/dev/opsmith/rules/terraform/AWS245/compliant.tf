variable "caller" {
  type = string # no default: the principal is unknown, so nothing is decided
}

resource "aws_lambda_function" "checkout" {
  function_name = "payments-checkout"
  role          = "arn:aws:iam::123456789012:role/payments-checkout"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "checkout.zip"
}

resource "aws_lambda_permission" "partner_account" {
  statement_id  = "AllowPartnerAccount"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.checkout.function_name
  principal     = "210987654321"
}

resource "aws_lambda_permission" "organisation" {
  statement_id     = "AllowOrganisation"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.checkout.function_name
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "configured_caller" {
  statement_id  = "AllowConfiguredCaller"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.checkout.function_name
  principal     = var.caller
}
