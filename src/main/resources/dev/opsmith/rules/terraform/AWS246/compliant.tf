variable "invoker" {
  type = string # no default: the principal is unknown, so nothing is decided
}

resource "aws_s3_bucket" "statements" {
  bucket = "payments-bank-statements"
}

resource "aws_sns_topic" "settlements" {
  name = "settlements"
}

resource "aws_lambda_function" "statement_ingest" {
  function_name = "payments-statement-ingest"
  role          = "arn:aws:iam::123456789012:role/payments-statement-ingest"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "statement_ingest.zip"
}

resource "aws_lambda_permission" "from_s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.statement_ingest.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.statements.arn
  source_account = "123456789012"
}

resource "aws_lambda_permission" "from_sns" {
  statement_id  = "AllowSnsInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.statement_ingest.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.settlements.arn
}

resource "aws_lambda_permission" "from_configured" {
  statement_id  = "AllowConfigured"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.statement_ingest.function_name
  principal     = var.invoker
}
