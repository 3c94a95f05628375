resource "aws_elasticache_replication_group" "sessions" { # expect: AWS282
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "idempotency" { # expect: AWS282
  replication_group_id = "payments-idempotency"
  description          = "Idempotency keys for card captures"
  engine               = "valkey"
  node_type            = "cache.r7g.large"
  user_group_ids       = []
}
