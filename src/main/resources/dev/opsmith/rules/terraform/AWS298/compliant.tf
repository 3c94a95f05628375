variable "search_policy" {
  type = string # no default: unknown, so nothing is decided
}

# Inside a VPC: security groups bound who can reach the endpoint
resource "aws_opensearch_domain" "merchant_search" {
  domain_name    = "merchant-search"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60718"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/merchant-search/*"
    }]
  })
}

# Public endpoint, but only the office range may call it
resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/ledger-logs/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"
}

resource "aws_opensearch_domain_policy" "fraud_signals" {
  domain_name = aws_opensearch_domain.fraud_signals.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/fraud-scoring" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/fraud-signals/*"
    }]
  })
}

resource "aws_opensearch_domain" "settlement_search" {
  domain_name     = "settlement-search"
  access_policies = var.search_policy
}
