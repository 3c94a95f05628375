region              = "eu-west-1"
vpc_id              = "vpc-0c1d2e3f4a5b6c7d8"
ledger_db_encrypted = false
