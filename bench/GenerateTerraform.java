import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic Terraform files for benchmarks: {@code java bench/GenerateTerraform.java [N=5000] [DIR=bench/out/terraform] [SEED=42]}.
 * Laid out as real repositories are (modules/ and envs/), each file one of: an S3 bucket with its split v4
 * resources, a security group with rules, an IAM role with a jsonencode and a heredoc policy, an RDS instance, a
 * locals/variables file with for-expressions and conditionals, a module call, or providers and a backend.
 * Same seed, same corpus.
 */
public final class GenerateTerraform {
    private static final String[] SERVICES = {"payments", "ledger", "cards", "risk", "identity", "notify", "reporting"};

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out/terraform");
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42L);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String svc = SERVICES[random.nextInt(SERVICES.length)] + "-" + (i / 8);
            Path folder = i % 3 == 0 ? dir.resolve("envs").resolve(i % 2 == 0 ? "prod" : "dev").resolve(svc) : dir.resolve("modules").resolve(svc);
            Files.createDirectories(folder);
            String text = switch (random.nextInt(7)) {
                case 0 -> s3(svc, i, random.nextBoolean());
                case 1 -> securityGroup(svc, i, random.nextInt(4) == 0);
                case 2 -> iam(svc, i);
                case 3 -> rds(svc, i, random.nextBoolean());
                case 4 -> locals(svc, i);
                case 5 -> moduleCall(svc, i);
                default -> providers(svc, i);
            };
            Path file = folder.resolve("f" + i + ".tf");
            Files.writeString(file, text);
            bytes += text.length();
        }
        System.out.printf("wrote %d files, %.2f MB to %s%n", n, bytes / 1e6, dir);
    }

    private static String s3(String svc, int i, boolean encrypted) {
        return """
                resource "aws_s3_bucket" "b%1$d" {
                  bucket = "northwind-%2$s-${var.environment}-%1$d"
                  tags   = merge(local.common_tags, { Name = "%2$s-%1$d", DataClass = "confidential" })
                }

                resource "aws_s3_bucket_versioning" "b%1$d" {
                  bucket = aws_s3_bucket.b%1$d.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                %3$s
                resource "aws_s3_bucket_public_access_block" "b%1$d" {
                  bucket                  = aws_s3_bucket.b%1$d.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """.formatted(i, svc, encrypted ? """

                resource "aws_s3_bucket_server_side_encryption_configuration" "b%1$d" {
                  bucket = aws_s3_bucket.b%1$d.id
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm     = "aws:kms"
                      kms_master_key_id = aws_kms_key.data.arn
                    }
                    bucket_key_enabled = true
                  }
                }
                """.formatted(i) : "");
    }

    private static String securityGroup(String svc, int i, boolean open) {
        return """
                resource "aws_security_group" "sg%1$d" {
                  name        = "%2$s-%1$d"
                  description = "%2$s service"
                  vpc_id      = var.vpc_id

                  dynamic "ingress" {
                    for_each = var.allowed_ports
                    content {
                      from_port   = ingress.value
                      to_port     = ingress.value
                      protocol    = "tcp"
                      cidr_blocks = [for c in var.trusted_cidrs : c if c != "0.0.0.0/0"]
                    }
                  }

                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = [%3$s]
                  }

                  egress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """.formatted(i, svc, open ? "\"0.0.0.0/0\"" : "\"10.20.0.0/16\"");
    }

    private static String iam(String svc, int i) {
        return """
                resource "aws_iam_role" "r%1$d" {
                  name = "%2$s-%1$d"
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRoleWithWebIdentity"
                      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
                      Condition = {
                        StringLike = { "token.actions.githubusercontent.com:sub" = "repo:northwind/%2$s:*" }
                      }
                    }]
                  })
                }

                resource "aws_iam_role_policy" "r%1$d" {
                  role   = aws_iam_role.r%1$d.id
                  policy = <<-EOF
                    {
                      "Version": "2012-10-17",
                      "Statement": [{
                        "Effect": "Allow",
                        "Action": ["s3:GetObject", "s3:PutObject"],
                        "Resource": "${aws_s3_bucket.data.arn}/*"
                      }]
                    }
                  EOF
                }
                """.formatted(i, svc);
    }

    private static String rds(String svc, int i, boolean good) {
        return """
                resource "aws_db_instance" "db%1$d" {
                  identifier              = "%2$s-%1$d"
                  engine                  = "postgres"
                  engine_version          = "16.3"
                  instance_class          = var.environment == "prod" ? "db.r6g.large" : "db.t4g.medium"
                  allocated_storage       = 100
                  storage_encrypted       = %3$s
                  kms_key_id              = %4$s
                  backup_retention_period = %5$d
                  deletion_protection     = %3$s
                  multi_az                = var.environment == "prod"
                  username                = "payments_admin"
                  manage_master_user_password = true
                  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
                  tags = local.common_tags
                }
                """.formatted(i, svc, good, good ? "aws_kms_key.data.arn" : "null", good ? 14 : 1);
    }

    private static String locals(String svc, int i) {
        return """
                variable "environment" {
                  type        = string
                  description = "dev, staging or prod"
                  validation {
                    condition     = contains(["dev", "staging", "prod"], var.environment)
                    error_message = "environment must be dev, staging or prod"
                  }
                }

                variable "subnets" {
                  type = map(object({
                    cidr   = string
                    public = optional(bool, false)
                  }))
                  default = {}
                }

                locals {
                  common_tags = {
                    Service     = "%2$s"
                    Environment = var.environment
                    CostCenter  = "cc-%1$d"
                  }
                  private_subnets = { for k, s in var.subnets : k => s.cidr if !s.public }
                  az_count        = var.environment == "prod" ? 3 : 2
                  cidrs           = [for n in range(local.az_count) : cidrsubnet("10.%3$d.0.0/16", 8, n)]
                  name_prefix     = "${var.environment}-%2$s"
                }
                """.formatted(i, svc, i % 250);
    }

    private static String moduleCall(String svc, int i) {
        return """
                module "%2$s_%1$d" {
                  source = "../../modules/%2$s"

                  environment   = var.environment
                  vpc_id        = module.network.vpc_id
                  subnet_ids    = module.network.private_subnet_ids
                  allowed_ports = [443, 8443]
                  trusted_cidrs = ["10.0.0.0/8"]
                  tags          = local.common_tags
                }

                output "%2$s_%1$d_role_arn" {
                  value       = module.%2$s_%1$d.role_arn
                  description = "Role the %2$s service runs as"
                }
                """.formatted(i, svc.replace('-', '_'));
    }

    private static String providers(String svc, int i) {
        return """
                terraform {
                  required_version = ">= 1.6.0"
                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = "~> 5.60"
                    }
                  }
                  backend "s3" {
                    bucket       = "northwind-tfstate"
                    key          = "%2$s/%1$d/terraform.tfstate"
                    region       = "eu-west-1"
                    encrypt      = true
                    use_lockfile = true
                  }
                }

                provider "aws" {
                  region = var.region
                  default_tags {
                    tags = { ManagedBy = "terraform", Service = "%2$s" }
                  }
                }
                """.formatted(i, svc);
    }
}
