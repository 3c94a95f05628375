resource "aws_security_group" "legacy_portal" {
  name        = "legacy-merchant-portal"
  description = "Merchant portal instances"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "HTTP for merchants"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS115
  }
}

resource "aws_security_group" "portal_alb" {
  name        = "portal-alb"
  description = "Merchant portal load balancer"
  vpc_id      = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "portal_alb_http" {
  security_group_id = aws_security_group.portal_alb.id
  description       = "HTTP to the load balancer"
  from_port         = 80
  to_port           = 80
  ip_protocol       = "tcp"
  cidr_ipv6         = "::/0" # expect: AWS115
}

resource "aws_lb" "portal" {
  name            = "merchant-portal"
  security_groups = [aws_security_group.portal_alb.id]
  subnets         = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
}

resource "aws_lb_listener" "portal_http" {
  load_balancer_arn = aws_lb.portal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/portal/0123456789abcdef"
  }
}
