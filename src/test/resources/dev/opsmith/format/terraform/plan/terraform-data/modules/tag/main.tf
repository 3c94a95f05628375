variable "name" {
  type = string
}

variable "parent" {
  type = string
}

variable "secret" {
  type      = string
  sensitive = true
}

resource "terraform_data" "tag" {
  input = {
    name   = var.name
    secret = var.secret
    parent = var.parent
  }
}

output "id" {
  value = terraform_data.tag.id
}
