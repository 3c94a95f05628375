resource "aws_opensearch_domain" "payments_search" { # expect: AWS291
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  node_to_node_encryption {
    enabled = false # expect: AWS291
  }
}
