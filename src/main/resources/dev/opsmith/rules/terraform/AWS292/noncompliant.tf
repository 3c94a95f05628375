resource "aws_opensearch_domain" "payments_search" { # expect: AWS292
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = false # expect: AWS292
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
