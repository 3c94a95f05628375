resource "aws_lambda_function" "card_tokeniser" { # expect: AWS249
  function_name = "payments-card-tokeniser"
  role          = "arn:aws:iam::123456789012:role/payments-card-tokeniser"
  runtime       = "java21"
  handler       = "com.example.tokens.Handler"
  filename      = "card_tokeniser.zip"
}
