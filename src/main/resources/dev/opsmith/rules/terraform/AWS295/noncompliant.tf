resource "aws_opensearch_domain" "payments_search" { # expect: AWS295
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  advanced_security_options {
    enabled = false # expect: AWS295
  }
}
