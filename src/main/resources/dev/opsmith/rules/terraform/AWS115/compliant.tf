variable "http_cidr" {
  type = string # no default: nothing is decided
}

resource "aws_security_group" "checkout_alb" {
  name        = "checkout-alb"
  description = "Checkout load balancer"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "HTTP, redirected to HTTPS by the listener"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "checkout" {
  name            = "checkout"
  security_groups = [aws_security_group.checkout_alb.id]
  subnets         = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
}

resource "aws_lb_listener" "checkout_http" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_security_group_rule" "internal_http" {
  type              = "ingress"
  description       = "HTTP from a configurable range"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = [var.http_cidr]
  security_group_id = aws_security_group.checkout_alb.id
}
