variable "trusted_principal" {
  type = string
}

resource "aws_iam_role" "partner_upload" {
  name = "partner-upload"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:role/uploader" }
    }]
  })
}

# Everyone, but only principals of our organisation: narrowed by a condition.
resource "aws_iam_role" "org_readers" {
  name = "org-readers"
  assume_role_policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole",
                     "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]
    }
  EOF
}

data "aws_iam_policy_document" "lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "settlement_lambda" {
  name               = "settlement-lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda.json
}

# A public read bucket policy is not a trust policy (other rules judge it).
data "aws_iam_policy_document" "public_assets" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::payments-public-assets/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

# A principal from a variable without a value: undecided, not reported.
resource "aws_iam_role" "external" {
  name = "external"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = var.trusted_principal } }]
  })
}
