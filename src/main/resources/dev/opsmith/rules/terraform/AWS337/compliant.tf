variable "archive_backup_arns" {
  type = list(string) # no default: whether the archive is selected is unknown, nothing is decided
}

resource "aws_efs_file_system" "statements" {
  creation_token = "payments-statements"
  encrypted      = true
}

resource "aws_efs_backup_policy" "statements" {
  file_system_id = aws_efs_file_system.statements.id

  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system" "exports" {
  creation_token = "payments-exports"
  encrypted      = true
}

resource "aws_backup_selection" "file_systems" {
  name         = "file-systems"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = [aws_efs_file_system.exports.arn]
}

resource "aws_efs_file_system" "archive" {
  creation_token = "payments-archive"
  encrypted      = true
}

resource "aws_backup_selection" "archive" {
  name         = "archive"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = var.archive_backup_arns
}
