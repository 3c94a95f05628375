variable "external_id" {
  type = string
}

resource "aws_iam_role" "shared_reporting" {
  name = "shared-reporting"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:role/reporting-exporter" }
    }]
  })
}

# The whole account, but only with the agreed external id.
resource "aws_iam_role" "audit" {
  name = "external-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::345678901234:root" }
      Condition = { StringEquals = { "sts:ExternalId" = var.external_id } }
    }]
  })
}
