resource "aws_elasticache_replication_group" "sessions" { # expect: AWS285
  replication_group_id = "payments-sessions"
  description          = "Checkout session store"
  node_type            = "cache.r7g.large"
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 3
  automatic_failover_enabled = false # expect: AWS285
}

resource "aws_elasticache_replication_group" "tokens" {
  replication_group_id       = "payments-tokens"
  description                = "Tokenisation lookups"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = false # expect: AWS285
}

# provider v3 style
resource "aws_elasticache_replication_group" "ledger" {
  replication_group_id          = "payments-ledger"
  replication_group_description = "Ledger read cache"
  node_type                     = "cache.r6g.large"
  number_cache_clusters         = 1 # expect: AWS285
}
