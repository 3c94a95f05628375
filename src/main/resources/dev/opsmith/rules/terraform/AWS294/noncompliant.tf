resource "aws_opensearch_domain" "payments_search" { # expect: AWS294
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "ledger_logs" { # expect: AWS294
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"
}
