locals {
  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    %{ for pkg in var.packages ~}
    yum install -y ${pkg}
    %{ endfor ~}
    %{~ if var.enable_ssm }
    systemctl enable --now amazon-ssm-agent
    %{ else }
    echo "ssm disabled"
    %{ endif }
    echo "done: $${HOSTNAME} 100%%{x}"
  EOT

  greeting   = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  escaped    = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600"
  stripped   = "  ${~ var.a ~}  and  ${var.b}"
  nested     = "${join(",", [for s in var.list : "'${s}'"])}"
  upper_name = "${upper(var.name)}"
  empty      = ""
  arn        = "arn:${data.aws_partition.current.partition}:s3:::${var.bucket}/*"
}

resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = var.instance_type
  user_data     = local.user_data

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  root_block_device { encrypted = true }

  ebs_block_device {}
}
