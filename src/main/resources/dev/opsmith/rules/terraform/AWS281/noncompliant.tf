resource "aws_elasticache_replication_group" "sessions" { # expect: AWS281
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = false # expect: AWS281
}

resource "aws_elasticache_cluster" "merchant_config" { # expect: AWS281
  cluster_id      = "merchant-config"
  engine          = "memcached"
  engine_version  = "1.6.22"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}
