variable "extra_backup_arns" {
  type = list(string) # no default: whether the sessions table is selected is unknown, nothing is decided
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_dynamodb_table" "cards" {
  name         = "cards-tokens"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "token"

  attribute {
    name = "token"
    type = "S"
  }

  tags = {
    backup = "daily"
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_backup_selection" "databases" {
  name         = "databases"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = [aws_db_instance.ledger.arn, "arn:aws:rds:*:*:cluster:*"]
}

resource "aws_backup_selection" "tagged" {
  name         = "tagged"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
}

resource "aws_backup_selection" "extra" {
  name         = "extra"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = var.extra_backup_arns
}
