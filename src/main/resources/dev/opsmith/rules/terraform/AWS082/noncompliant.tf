resource "aws_iam_user" "legacy_ftp" { # expect: AWS082
  name = "legacy-ftp"
}

resource "aws_iam_user" "reporting" {
  name = "reporting-batch"
}

resource "aws_iam_user_group_membership" "reporting" {
  user   = aws_iam_user.reporting.name
  groups = ["reporting"]
}
