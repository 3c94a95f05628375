variable "environment" {
  type        = string
  description = "Deployment environment (dev, staging, prod)."
}

variable "bucket_name" {
  type        = string
  description = "Name of the audit log bucket; set per environment."
}

variable "retention_days" {
  type    = number
  default = 365
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "replication" {
  type = object({
    enabled       = bool
    region        = optional(string, "eu-central-1")
    storage_class = optional(string)
  })
  default = { enabled = false }
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "change-me"
}
