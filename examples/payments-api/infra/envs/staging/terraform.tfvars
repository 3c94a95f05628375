region             = "eu-west-1"
vpc_cidr           = "10.20.0.0/16"
flow_logs          = true
admin_cidrs        = ["10.0.0.0/8"]
database_encrypted = true
