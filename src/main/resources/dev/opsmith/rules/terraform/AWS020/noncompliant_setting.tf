# settings: requireCompliance=true
resource "aws_s3_bucket_object_lock_configuration" "evidence" {
  bucket = "payments-audit-evidence"
  rule {
    default_retention {
      mode = "GOVERNANCE" # expect: AWS020
      days = 400
    }
  }
}
