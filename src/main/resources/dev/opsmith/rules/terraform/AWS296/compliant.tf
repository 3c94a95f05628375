variable "log_type" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_cloudwatch_log_group" "search" {
  name              = "/aws/opensearch/payments"
  retention_in_days = 365
}

resource "aws_opensearch_domain" "payments_search" {
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" {
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = true
  }
}

resource "aws_opensearch_domain" "fraud_signals" {
  domain_name = "fraud-signals"

  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}
