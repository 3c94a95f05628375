region             = "eu-west-1"
vpc_cidr           = "10.10.0.0/16"
flow_logs          = false
admin_cidrs        = ["0.0.0.0/0"] # "just for the hackathon"
database_encrypted = false
