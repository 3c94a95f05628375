variable "search_vpc" {
  type = map(list(string)) # no default: whether a vpc_options block is produced is unknown
}

resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60718"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d4e5f60718"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  dynamic "vpc_options" {
    for_each = var.search_vpc
    content {
      subnet_ids = vpc_options.value
    }
  }
}
