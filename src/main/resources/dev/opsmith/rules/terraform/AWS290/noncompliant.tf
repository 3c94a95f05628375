resource "aws_opensearch_domain" "payments_search" { # expect: AWS290
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type = "r6g.large.search"
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = false # expect: AWS290
  }
}
