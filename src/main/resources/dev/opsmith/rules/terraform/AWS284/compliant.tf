variable "cache_key_arn" {
  type = string # no default: unknown, so nothing is decided
}

resource "aws_kms_key" "cache" {
  description         = "Encrypts payment caches"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

resource "aws_elasticache_serverless_cache" "rates" {
  name       = "fx-rates"
  engine     = "valkey"
  kms_key_id = var.cache_key_arn
}
