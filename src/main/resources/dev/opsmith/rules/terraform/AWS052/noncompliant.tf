resource "aws_s3_bucket" "exports" {
  bucket = "payments-exports"
}

resource "aws_iam_policy" "exporter" {
  name = "payments-exporter"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*"] # expect: AWS052
      Resource = "${aws_s3_bucket.exports.arn}/*"
    }]
  })
}

resource "aws_iam_group_policy" "platform" {
  group = "platform"
  # expect-next: AWS052
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": ["iam:*"], "Resource": "*"}]
    }
  EOF
}

data "aws_iam_policy_document" "signing" {
  statement {
    actions   = ["kms:*"] # expect: AWS052
    resources = ["arn:aws:kms:eu-west-1:123456789012:key/0f2d6a4e-1b7c-4a53-9d0e-7c1f5b2a9e31"]
  }
}
