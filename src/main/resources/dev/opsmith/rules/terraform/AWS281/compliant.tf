variable "tls_in_transit" {
  type = bool # no default: unknown, so nothing is decided
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

# A member of the group takes the group's setting
resource "aws_elasticache_cluster" "sessions_reader" {
  cluster_id           = "payments-sessions-reader"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_cluster" "merchant_config" {
  cluster_id                 = "merchant-config"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "idempotency" {
  replication_group_id       = "payments-idempotency"
  description                = "Idempotency keys for card captures"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = var.tls_in_transit
}
