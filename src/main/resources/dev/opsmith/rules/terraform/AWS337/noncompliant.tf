resource "aws_efs_file_system" "statements" { # expect: AWS337
  creation_token = "payments-statements"
  encrypted      = true
}

resource "aws_efs_file_system" "exports" { # expect: AWS337
  creation_token = "payments-exports"
  encrypted      = true
}

resource "aws_efs_backup_policy" "exports" {
  file_system_id = aws_efs_file_system.exports.id

  backup_policy {
    status = "DISABLED"
  }
}
