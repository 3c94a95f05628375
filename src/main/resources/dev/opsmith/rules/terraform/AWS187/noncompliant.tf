resource "aws_db_parameter_group" "ledger" { # expect: AWS187
  name   = "ledger-postgres14"
  family = "postgres14"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_rds_cluster_parameter_group" "payments" {
  name   = "payments-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF" # expect: AWS187
  }
}

resource "aws_db_instance" "reporting" { # expect: AWS187
  identifier        = "reporting"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
}
