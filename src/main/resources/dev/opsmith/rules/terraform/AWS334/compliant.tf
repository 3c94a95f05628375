variable "ledger_plan_id" {
  type = string # no default: which plan the ledger selection uses is unknown, nothing is decided
}

resource "aws_backup_plan" "payments" {
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"
  }
}

resource "aws_backup_selection" "payments" {
  name         = "payments-databases"
  plan_id      = aws_backup_plan.payments.id
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = ["arn:aws:rds:*:*:db:payments-*"]
}

resource "aws_backup_plan" "ledger" {
  name = "ledger"

  rule {
    rule_name         = "daily"
    target_vault_name = "ledger"
    schedule          = "cron(0 3 * * ? *)"
  }
}

resource "aws_backup_selection" "ledger" {
  name         = "ledger"
  plan_id      = var.ledger_plan_id
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = ["arn:aws:dynamodb:*:*:table/ledger-*"]
}
