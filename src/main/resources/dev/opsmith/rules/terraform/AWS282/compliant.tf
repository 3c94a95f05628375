variable "cache_auth_token" {
  type      = string # no default: unknown, so nothing is decided
  sensitive = true
}

resource "aws_elasticache_user_group" "payments" {
  engine        = "REDIS"
  user_group_id = "payments"
  user_ids      = ["default-disabled", "checkout-api"]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.payments.user_group_id]
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  auth_token                 = var.cache_auth_token
}
