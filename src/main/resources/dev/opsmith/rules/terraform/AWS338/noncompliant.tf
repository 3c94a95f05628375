resource "aws_backup_vault" "payments" {
  name = "payments"
}

resource "aws_backup_vault_policy" "payments" {
  backup_vault_name = aws_backup_vault.payments.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CopyToAnyAccount"
      Effect    = "Allow"
      Principal = { AWS = "*" } # expect: AWS338
      Action    = ["backup:CopyFromBackupVault", "backup:DescribeBackupVault"]
      Resource  = "*"
    }]
  })
}
