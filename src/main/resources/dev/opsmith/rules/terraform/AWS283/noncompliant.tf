resource "aws_elasticache_replication_group" "sessions" { # expect: AWS283
  replication_group_id = "payments-sessions"
  description          = "Checkout session store"
  node_type            = "cache.r7g.large"
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id     = "payments-idempotency"
  description              = "Idempotency keys for card captures"
  engine                   = "valkey"
  node_type                = "cache.r7g.large"
  snapshot_retention_limit = 0 # expect: AWS283
}

resource "aws_elasticache_cluster" "rate_limits" { # expect: AWS283
  cluster_id      = "payments-rate-limits"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
