resource "aws_iam_role" "partner_upload" {
  name = "partner-upload"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" } # expect: AWS074
    }]
  })
}

resource "aws_iam_role" "legacy_batch" {
  name = "legacy-batch"
  # expect-next: AWS074
  assume_role_policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:*",
                     "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]
    }
  EOF
}

data "aws_iam_policy_document" "anyone" {
  statement {
    actions = ["sts:AssumeRole"]
    principals { # expect: AWS074
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "reporting" {
  name               = "reporting"
  assume_role_policy = data.aws_iam_policy_document.anyone.json
}
