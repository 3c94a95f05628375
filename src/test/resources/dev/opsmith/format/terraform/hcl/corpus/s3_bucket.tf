# Audit bucket for the payments platform.
# opsmith:ignore=TF_S3_LOGGING access logs go to the central account
resource "aws_s3_bucket" "audit" {
  bucket        = "${var.prefix}-audit-${data.aws_caller_identity.current.account_id}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name       = "audit"
    Compliance = var.pci ? "pci-dss" : "none"
  })
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.audit.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "audit" {
  bucket                  = aws_s3_bucket.audit.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_object_lock_configuration" "audit" {
  count  = var.object_lock_days > 0 ? 1 : 0
  bucket = aws_s3_bucket.audit.id

  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = var.object_lock_days
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id

  dynamic "rule" {
    for_each = { for r in var.lifecycle_rules : r.id => r if r.enabled }
    content {
      id     = rule.key
      status = "Enabled"

      dynamic "transition" {
        for_each = try(rule.value.transitions, [])
        iterator = t
        content {
          days          = t.value.days
          storage_class = upper(t.value.storage_class)
        }
      }

      expiration {
        days = lookup(rule.value, "expire_after", 3650)
      }
    }
  }
}
