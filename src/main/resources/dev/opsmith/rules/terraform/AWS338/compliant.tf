variable "copy_principal" {
  type = string # no default: who may copy into the ledger vault is unknown, nothing is decided
}

resource "aws_backup_vault_policy" "payments" {
  backup_vault_name = "payments"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "NoDeletes"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"]
        Resource  = "*"
      },
      {
        Sid       = "CopyFromTheOrganisation"
        Effect    = "Allow"
        Principal = "*"
        Action    = "backup:CopyIntoBackupVault"
        Resource  = "*"
        Condition = {
          StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
        }
      }
    ]
  })
}

resource "aws_backup_vault_policy" "ledger" {
  backup_vault_name = "ledger"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.copy_principal }
      Action    = "backup:CopyIntoBackupVault"
      Resource  = "*"
    }]
  })
}
