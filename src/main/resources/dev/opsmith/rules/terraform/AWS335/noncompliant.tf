resource "aws_db_instance" "ledger" { # expect: AWS335
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
}

resource "aws_rds_cluster" "payments" { # expect: AWS335
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_dynamodb_table" "idempotency_keys" { # expect: AWS335
  name         = "idempotency-keys"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "key"

  attribute {
    name = "key"
    type = "S"
  }

  tags = {
    backup = "none"
  }
}

resource "aws_backup_selection" "card_tables" {
  name         = "card-tables"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = ["arn:aws:dynamodb:*:*:table/cards-*"]
}
