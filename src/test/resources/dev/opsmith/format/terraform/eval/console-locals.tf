# Expressions evaluated both by opsmith and by `terraform console` (TerraformConsoleEvaluationTest).
# Only values Terraform can compute without providers or state; every local must evaluate without error.

variable "environment" {
  default = "prod"
}

variable "subnets" {
  default = {
    b = "10.0.2.0/24"
    a = "10.0.1.0/24"
  }
}

variable "optional_name" {
  type    = string
  default = null
}

variable "service" {
  type = object({
    name     = string
    port     = optional(number, 8080)
    replicas = optional(number)
    tags     = optional(map(string), {})
  })
  default = { name = "payments-api" }
}

locals {
  arithmetic  = [1 + 2 * 3, 10 / 4, 7 % 3, -5 % 3, 5 % -3, 2 - 5, "5" + 1, -(3), 1.5 * 2, 0.1 + 0.2]
  comparisons = [1 < 2, 2 >= 2, "10" > 9, 1 == 1.0, "1" == 1, null == null, [1, "a"] == [1, "a"], { a = 1 } != { a = 2 }]
  logic       = [true && false, true || false, !true, false || !false, "true" && true]

  name_prefix = "${var.environment}-${1.50}-${true}-${10 / 4}"
  directives  = "%{for k, v in var.subnets~}${k}=${v} %{endfor~}%{if var.environment == "prod"}strict%{else}lax%{endif}"
  stripped    = "a  %{~if true~}  b  %{~endif~}  c"
  heredoc     = <<-EOT
    service: ${var.service.name}
    %{~for k, v in var.subnets}
    - ${k}: ${v}
    %{~endfor}
  EOT

  users = [
    { name = "ann", role = "admin", teams = ["core", "sre"] },
    { name = "bob", role = "dev", teams = [] },
    { name = "cy", role = "admin", teams = ["payments"] },
  ]

  tuple_for     = [for k, v in var.subnets : "${k}:${v}" if k != "c"]
  index_for     = [for i, u in local.users : "${i}-${u.name}"]
  object_for    = { for u in local.users : u.name => u.role }
  grouped       = { for u in local.users : u.role => u.name... }
  admins        = [for u in local.users : u.name if u.role == "admin"]
  nested_for    = { for k, v in var.subnets : k => { cidr = v, first = k == "a" } }
  flat_teams    = flatten([for u in local.users : [for t in u.teams : "${u.name}/${t}"]])
  splat         = local.users[*].name
  legacy_splat  = local.users.*.role
  splat_on_null = var.optional_name[*]
  splat_single  = var.service[*].port
  indexes       = [local.users[0].name, local.users.1.role, var.subnets["a"], local.users[2]["teams"][0]]

  conditional   = var.environment == "prod" ? { size = "large", count = 3 } : { size = "small", count = 1 }
  null_default  = var.optional_name != null ? var.optional_name : "unnamed"
  try_fallback  = try(local.users[5].name, var.subnets.z, "default")
  try_first     = try(local.users[0].name, "default")
  can_checks    = [can(local.users[0].name), can(local.users[9]), can(var.subnets.z), can(var.service.port + 1)]
  optional_attr = [var.service.port, var.service.replicas == null, length(var.service.tags)]

  object_keys = { (var.environment) = 1, "literal-key" = 2, plain = 3, "${var.environment}-x" = 4 }
  expanded    = max([3, 9, 4]...)
  merged      = merge(var.subnets, { c = "10.0.3.0/24" })
  sorted_keys = keys({ zeta = 1, alpha = 2, mid = 3 })

  conditional_keys = { for k, v in var.subnets : (k == "a" ? "primary" : "secondary") => v }
  filtered_object  = { for u in local.users : u.name => u.teams if length(u.teams) > 0 }
  team_lists       = local.users[*].teams
  escapes          = "tab\there \"quoted\" $${literal} %%{literal} café"
  numbers          = [1e3, 0.5, 12345678901234567890, 1.25e-2, -0]
  maybe_null       = var.optional_name == null ? null : "named"
  nested_ternary   = var.environment == "dev" ? 1 : var.environment == "staging" ? 2 : 3
  service_url      = "https://${var.service.name}.internal:${var.service.port}/health"
}
