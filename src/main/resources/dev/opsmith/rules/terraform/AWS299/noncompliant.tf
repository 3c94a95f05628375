resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest { # expect: AWS299
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest { # expect: AWS299
    enabled    = true
    kms_key_id = "alias/aws/es"
  }
}
