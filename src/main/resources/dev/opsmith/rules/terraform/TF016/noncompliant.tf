variable "ledger_api_key" {
  type      = string
  sensitive = true
}

resource "random_password" "ledger_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ledger" {
  identifier     = "payments-ledger"
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "ledger"
  password       = random_password.ledger_db.result
}

output "ledger_db_password" {
  value = aws_db_instance.ledger.password # expect: TF016
}

output "ledger_connection" {
  value = "postgres://ledger:${random_password.ledger_db.result}@${aws_db_instance.ledger.address}/ledger" # expect: TF016
}

output "partner_key" {
  value = upper(var.ledger_api_key) # expect: TF016
}

output "settlement_token" {
  value     = "static-value-for-tests" # expect: TF016
  sensitive = false
}
