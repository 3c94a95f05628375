resource "aws_s3_bucket" "settlements" {
  bucket = "payments-settlements"
}

# Every action, limited to one bucket: still every S3 permission-changing action.
resource "aws_iam_role_policy" "settlement_worker" {
  role = "settlement-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*" # expect: AWS051
      Resource = [aws_s3_bucket.settlements.arn, "${aws_s3_bucket.settlements.arn}/*"]
    }]
  })
}

# A bucket policy letting a partner account do anything to the bucket.
resource "aws_s3_bucket_policy" "settlements" {
  bucket = aws_s3_bucket.settlements.id
  # expect-next: AWS051
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
        "Action": "*",
        "Resource": "arn:aws:s3:::payments-settlements/*"
      }]
    }
  EOF
}

data "aws_iam_policy_document" "ledger_key" {
  statement {
    actions   = ["*:*"] # expect: AWS051
    resources = ["arn:aws:kms:eu-west-1:123456789012:key/0f2d6a4e-1b7c-4a53-9d0e-7c1f5b2a9e31"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/ledger-admin"]
    }
  }
}
