resource "aws_opensearch_domain" "payments_search" { # expect: AWS293
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  domain_endpoint_options { # expect: AWS293
    enforce_https = true
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: AWS293
  }
}
