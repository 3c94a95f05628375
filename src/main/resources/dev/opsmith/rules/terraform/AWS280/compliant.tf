variable "encrypt_cache" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_serverless_cache" "rates" {
  name   = "fx-rates"
  engine = "valkey"
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = var.encrypt_cache
}
