# settings: minDays=14
resource "aws_kms_key" "reports" {
  description             = "Reporting exports"
  enable_key_rotation     = true
  deletion_window_in_days = 14
}
