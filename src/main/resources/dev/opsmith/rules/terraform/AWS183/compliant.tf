variable "insights" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier                      = "ledger-prod"
  engine                          = "postgres"
  instance_class                  = "db.r6g.large"
  allocated_storage               = 200
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/0f6b2a57-3c1e-4d2a-9b8e-5a1f3c7d9e21"
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster_instance" "payments_writer" {
  identifier                   = "payments-writer"
  cluster_identifier           = "payments"
  engine                       = "aurora-postgresql"
  instance_class               = "db.r6g.large"
  performance_insights_enabled = var.insights
}
