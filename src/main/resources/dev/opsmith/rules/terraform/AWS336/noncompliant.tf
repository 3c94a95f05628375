resource "aws_ebs_volume" "settlement_batch" { # expect: AWS336
  availability_zone = "eu-west-1a"
  size              = 200
  encrypted         = true

  tags = {
    backup = "none"
  }
}

resource "aws_backup_selection" "databases" {
  name         = "databases"
  plan_id      = "f1e2d3c4-b5a6-4789-8abc-def012345678"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = ["arn:aws:rds:*:*:db:*"]
}
