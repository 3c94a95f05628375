variable "search_key_arn" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_kms_key" "search" {
  description         = "Encrypts the payments search domains"
  enable_key_rotation = true
}

resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.key_id
  }
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = var.search_key_arn
  }
}
