variable "bucket_name" {
  type = string
}

# provider v3 style bucket
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_notification" "statements" {
  bucket      = aws_s3_bucket.statements.id
  eventbridge = true
}

# provider v4+ style bucket
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_notification" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.bucket
  queue {
    queue_arn = "arn:aws:sqs:eu-west-1:111122223333:settlement-files-ingest"
    events    = ["s3:ObjectCreated:*"]
  }
}

# unknown: this notification may be the chargebacks bucket's
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_notification" "by_name" {
  bucket      = var.bucket_name
  eventbridge = true
}
