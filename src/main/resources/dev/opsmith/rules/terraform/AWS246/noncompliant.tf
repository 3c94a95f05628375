resource "aws_lambda_function" "statement_ingest" {
  function_name = "payments-statement-ingest"
  role          = "arn:aws:iam::123456789012:role/payments-statement-ingest"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "statement_ingest.zip"
}

resource "aws_lambda_permission" "from_s3" {
  statement_id  = "AllowS3Invoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.statement_ingest.function_name
  principal     = "s3.amazonaws.com" # expect: AWS246
}
