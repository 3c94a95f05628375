variable "snapshot_days" {
  type = number # no default: unknown, so nothing is decided
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "payments-sessions"
  description              = "Checkout session store"
  node_type                = "cache.r7g.large"
  snapshot_retention_limit = 7
  snapshot_window          = "02:00-03:00"
}

# Memcached keeps no snapshots
resource "aws_elasticache_cluster" "merchant_config" {
  cluster_id      = "merchant-config"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id     = "payments-idempotency"
  description              = "Idempotency keys for card captures"
  node_type                = "cache.r7g.large"
  snapshot_retention_limit = var.snapshot_days
}
