variable "versioning_status" {
  type = string
}

# provider v3 style
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
  versioning {
    enabled = true
  }
  replication_configuration {
    role = "arn:aws:iam::111122223333:role/payments-s3-replication"
    rules {
      id     = "dr"
      status = "Enabled"
      destination {
        bucket = "arn:aws:s3:::payments-statements-dr"
      }
    }
  }
}

# provider v4+ style
resource "aws_s3_bucket" "settlement_files" {
  bucket = "payments-settlement-files"
}

resource "aws_s3_bucket_versioning" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "settlement_files" {
  bucket = aws_s3_bucket.settlement_files.id
  role   = "arn:aws:iam::111122223333:role/payments-s3-replication"
  rule {
    id     = "dr"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::payments-settlement-files-dr"
    }
  }
  depends_on = [aws_s3_bucket_versioning.settlement_files]
}

# not versioned: nothing to replicate (AWS016 asks for versioning first)
resource "aws_s3_bucket" "scratch" {
  bucket = "payments-scratch"
}

# unknown: whether versioning is on comes from a variable without default
resource "aws_s3_bucket" "chargebacks" {
  bucket = "payments-chargebacks"
}

resource "aws_s3_bucket_versioning" "chargebacks" {
  bucket = aws_s3_bucket.chargebacks.id
  versioning_configuration {
    status = var.versioning_status
  }
}
