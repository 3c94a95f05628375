variable "ledger_api_key" {
  type      = string
  sensitive = true
}

variable "region" {
  type = string
}

resource "random_password" "ledger_db" {
  length = 32
}

resource "aws_db_instance" "ledger" {
  identifier     = "payments-ledger"
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "ledger"
  password       = random_password.ledger_db.result
}

output "ledger_db_password" {
  value     = aws_db_instance.ledger.password
  sensitive = true
}

output "ledger_endpoint" {
  value = aws_db_instance.ledger.address
}

output "key_fingerprint" {
  value = nonsensitive(sha256(var.ledger_api_key))
}

output "region" {
  value = var.region
}

output "password_secret_arn" {
  value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ledger-db"
}
