environment    = "prod"
retention_days = "2555"
replication    = { enabled = true }
