resource "aws_iam_user" "reconciliation" {
  name = "reconciliation-batch"
}

resource "aws_iam_user_policy" "reconciliation" { # expect: AWS060
  user = aws_iam_user.reconciliation.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::payments-recon/*" }]
  })
}

resource "aws_iam_user_policy_attachment" "reconciliation" { # expect: AWS060
  user       = aws_iam_user.reconciliation.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "readers" {
  name       = "payments-readers"
  users      = [aws_iam_user.reconciliation.name] # expect: AWS060
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
