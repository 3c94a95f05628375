variable "s3_protection_status" {
  type = string # no default: nothing is decided
}

resource "aws_guardduty_detector" "legacy" {
  enable = true

  datasources {
    s3_logs {
      enable = true
    }
  }
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = var.s3_protection_status
}

resource "aws_guardduty_detector_feature" "malware" {
  detector_id = aws_guardduty_detector.main.id
  name        = "EBS_MALWARE_PROTECTION"
  status      = "DISABLED"
}
