variable "trail_log_group_arn" {
  type = string # no default: a log group is named, so the trail is delivered
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/payments/cloudtrail"
  retention_in_days = 400
}

resource "aws_iam_role" "trail_to_logs" {
  name = "payments-cloudtrail-to-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "cloudtrail.amazonaws.com" } }]
  })
}

resource "aws_cloudtrail" "audit" {
  name                       = "payments-audit"
  s3_bucket_name             = "payments-audit-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}

resource "aws_cloudtrail" "cardholder_env" {
  name                       = "cde-audit"
  s3_bucket_name             = "payments-cde-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = var.trail_log_group_arn
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}
