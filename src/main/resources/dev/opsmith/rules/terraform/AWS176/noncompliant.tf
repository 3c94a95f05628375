resource "aws_db_instance" "ledger" { # expect: AWS176
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  storage_encrypted = true
}

resource "aws_db_instance" "settlement" {
  identifier        = "settlement-prod"
  engine            = "mysql"
  instance_class    = "db.r6g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = false # expect: AWS176
}
