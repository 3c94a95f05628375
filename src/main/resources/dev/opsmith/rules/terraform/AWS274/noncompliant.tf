resource "aws_api_gateway_rest_api" "internal_ledger" {
  name = "internal-ledger"

  endpoint_configuration {
    types = ["PRIVATE"]
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # expect: AWS274
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api" "settlement" {
  name = "settlement"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

data "aws_iam_policy_document" "settlement" {
  statement {
    actions   = ["execute-api:*"]
    resources = ["${aws_api_gateway_rest_api.settlement.execution_arn}/*"]

    principals { # expect: AWS274
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "settlement" {
  rest_api_id = aws_api_gateway_rest_api.settlement.id
  policy      = data.aws_iam_policy_document.settlement.json
}
