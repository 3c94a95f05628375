environment      = "prod"
region           = "eu-west-1"
az_count         = 3
object_lock_days = 2555
pci              = true
tags = {
  CostCenter = "payments"
  Owner      = "platform-team@example.com"
}
lifecycle_rules = [
  {
    id          = "archive"
    transitions = [{ days = 90 }, { days = 365, storage_class = "DEEP_ARCHIVE" }]
  },
]
