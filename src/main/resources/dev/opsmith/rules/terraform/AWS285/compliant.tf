variable "cache_nodes" {
  type = number # no default: unknown, so nothing is decided
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  num_node_groups            = 3
  replicas_per_node_group    = 1
  automatic_failover_enabled = true
}

# provider v3 style
resource "aws_elasticache_replication_group" "ledger" {
  replication_group_id          = "payments-ledger"
  replication_group_description = "Ledger read cache"
  node_type                     = "cache.r6g.large"
  automatic_failover_enabled    = true

  cluster_mode {
    num_node_groups         = 2
    replicas_per_node_group = 1
  }
}

resource "aws_elasticache_replication_group" "tokens" {
  replication_group_id       = "payments-tokens"
  description                = "Tokenisation lookups"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = var.cache_nodes
  automatic_failover_enabled = true
}
