variable "environment" {
  type        = string
  description = "Deployment environment (dev, staging, prod)."

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "lifecycle_rules" {
  type = list(object({
    id          = string
    enabled     = optional(bool, true)
    expire_after = optional(number)
    transitions = optional(list(object({
      days          = number
      storage_class = optional(string, "GLACIER")
    })), [])
  }))
  default = []
}

variable "db_password" {
  type      = string
  sensitive = true
  nullable  = false
}

variable "cidr_blocks" {
  type    = map(list(string))
  default = {
    office = ["10.0.0.0/16", "10.1.0.0/16"]
    vpn    = ["192.168.0.0/24"]
  }
}

variable "object_lock_days" {
  type    = number
  default = 0
}

variable "tags" {
  type    = map(string)
  default = {}
}
