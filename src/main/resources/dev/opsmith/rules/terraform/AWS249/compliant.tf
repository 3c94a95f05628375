variable "vpc_placements" {
  type = list(object({ subnets = list(string), groups = list(string) })) # no default: unknown, nothing decided
}

resource "aws_lambda_function" "card_tokeniser" {
  function_name = "payments-card-tokeniser"
  role          = "arn:aws:iam::123456789012:role/payments-card-tokeniser"
  runtime       = "java21"
  handler       = "com.example.tokens.Handler"
  filename      = "card_tokeniser.zip"

  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "ledger_reader" {
  function_name = "payments-ledger-reader"
  role          = "arn:aws:iam::123456789012:role/payments-ledger-reader"
  runtime       = "java21"
  handler       = "com.example.ledger.Reader"
  filename      = "ledger_reader.zip"

  dynamic "vpc_config" {
    for_each = var.vpc_placements
    content {
      subnet_ids         = vpc_config.value.subnets
      security_group_ids = vpc_config.value.groups
    }
  }
}
