locals {
  name_prefix = "payments-${var.environment}"
  common_tags = {
    Environment = var.environment
    Service     = "payments-api"
    DataClass   = "confidential"
  }
  use_kms = var.kms_key_arn != null
}

resource "aws_kms_key" "audit" {
  description         = "${local.name_prefix} audit logs"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "audit" {
  bucket = "${local.name_prefix}-audit"
  tags   = merge(local.common_tags, { Purpose = "audit" })
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = local.use_kms ? var.kms_key_arn : aws_kms_key.audit.arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = var.retention_days
    }
  }
}

resource "aws_s3_bucket" "exports" {
  bucket = var.bucket_name
}

output "audit_bucket" {
  value = aws_s3_bucket.audit.bucket
}

output "password" {
  value     = var.db_password
  sensitive = true
}
