variable "environment" {
  type        = string
  description = "Deployment stage"
  default     = "prod"
}

variable "allowed_merchant_ids" {
  type        = list(string)
  description = "Merchants allowed to call the settlement API"
}

variable "settlement_window" {
  type = object({
    cutoff_utc = string
    days       = optional(number, 1)
  })
}
