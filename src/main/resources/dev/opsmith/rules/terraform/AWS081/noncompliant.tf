resource "aws_iam_policy" "self_service" {
  name = "payments-self-service"
  policy = jsonencode({ # expect: AWS081
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:ChangePassword", "iam:GetUser"]
      Resource = "arn:aws:iam::123456789012:user/$${aws:username}"
    }]
  })
}

resource "aws_sqs_queue" "settlements" {
  name = "payments-settlements"
  # expect-next: AWS081
  policy = <<-EOF
    {
      "Version": "2008-10-17",
      "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
                     "Action": "sqs:SendMessage", "Resource": "*"}]
    }
  EOF
}
