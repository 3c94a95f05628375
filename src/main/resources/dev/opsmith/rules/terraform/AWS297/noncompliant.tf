resource "aws_cloudwatch_log_group" "search" {
  name              = "/aws/opensearch/payments"
  retention_in_days = 365
}

resource "aws_opensearch_domain" "payments_search" { # expect: AWS297
  domain_name    = "payments-search"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_elasticsearch_domain" "ledger_logs" { # expect: AWS297
  domain_name           = "ledger-logs"
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = false
  }
}
