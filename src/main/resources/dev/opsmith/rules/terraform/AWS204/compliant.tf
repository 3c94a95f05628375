variable "lb_type" {
  type = string # no default: still a current-generation load balancer, so nothing is reported
}

resource "aws_lb" "checkout" {
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "card_switch" {
  name               = "card-switch"
  load_balancer_type = var.lb_type
  internal           = true
  subnets            = ["subnet-0a1b2c3d"]
}
