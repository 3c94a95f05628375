variable "fine_grained_access" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false

    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  advanced_security_options {
    enabled = true
  }
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  advanced_security_options {
    enabled = var.fine_grained_access
  }
}
