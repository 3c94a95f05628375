variable "encrypt_search" {
  type = bool # no default: whether the domain is encrypted is unknown, so nothing is decided
}

resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  encrypt_at_rest {
    enabled = var.encrypt_search
  }
}
