resource "aws_elasticache_replication_group" "sessions" { # expect: AWS280
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = false # expect: AWS280
}
