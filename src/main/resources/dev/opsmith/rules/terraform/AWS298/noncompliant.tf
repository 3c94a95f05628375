resource "aws_opensearch_domain" "merchant_search" {
  domain_name    = "merchant-search"
  engine_version = "OpenSearch_2.13"

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # expect: AWS298
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/merchant-search/*"
    }]
  })
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"
}

resource "aws_elasticsearch_domain_policy" "ledger_logs" {
  domain_name     = aws_elasticsearch_domain.ledger_logs.domain_name
  access_policies = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"es:ESHttpGet\",\"Resource\":\"*\"}]}" # expect: AWS298
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"
}

data "aws_iam_policy_document" "fraud_signals" {
  statement {
    actions   = ["es:ESHttp*"]
    resources = ["arn:aws:es:eu-west-1:111122223333:domain/fraud-signals/*"]

    principals { # expect: AWS298
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_opensearch_domain_policy" "fraud_signals" {
  domain_name     = aws_opensearch_domain.fraud_signals.domain_name
  access_policies = data.aws_iam_policy_document.fraud_signals.json
}
