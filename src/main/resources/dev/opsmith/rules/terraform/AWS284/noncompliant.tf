resource "aws_elasticache_replication_group" "sessions" { # expect: AWS284
  replication_group_id       = "payments-sessions"
  description                = "Checkout session store"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_serverless_cache" "rates" { # expect: AWS284
  name       = "fx-rates"
  engine     = "valkey"
  kms_key_id = "alias/aws/elasticache"
}
