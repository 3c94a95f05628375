package dev.opsmith.scan;

import dev.opsmith.core.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scan never touches the network, whatever the configuration asks for: HTTP data sources, remote module sources
 * of every kind, provider endpoints and backends all point at a loopback listener that must receive nothing.
 */
class TerraformNoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void dataSourcesRemoteModulesAndProvidersNeverConnect() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String at = "127.0.0.1:" + listener.getLocalPort();
            Files.writeString(dir.resolve("main.tf"), """
                    terraform {
                      backend "http" {
                        address = "http://%1$s/state"
                      }
                      required_providers {
                        aws = {
                          source  = "hashicorp/aws"
                          version = "~> 5.0"
                        }
                      }
                    }

                    provider "aws" {
                      region = "eu-west-1"
                      endpoints {
                        s3  = "http://%1$s"
                        sts = "http://%1$s"
                      }
                    }

                    data "http" "allowed_ips" {
                      url = "http://%1$s/allowed-ips.json"
                    }

                    module "from_http" {
                      source = "http://%1$s/modules/vpc.zip"
                    }

                    module "from_git" {
                      source = "git::http://%1$s/platform/modules.git//vpc?ref=v1.2.0"
                    }

                    module "from_registry" {
                      source  = "%1$s/payments/vpc/aws"
                      version = "1.0.0"
                    }

                    module "from_s3" {
                      source = "s3::http://%1$s/modules/vpc.zip"
                    }

                    locals {
                      ips = jsondecode(data.http.allowed_ips.response_body)
                    }

                    resource "aws_security_group" "api" {
                      name = "payments-api"
                      ingress {
                        from_port   = 443
                        to_port     = 443
                        protocol    = "tcp"
                        cidr_blocks = local.ips
                      }
                    }

                    resource "aws_s3_bucket" "audit" {
                      bucket = "payments-audit-${module.from_registry.suffix}"
                    }
                    """.formatted(at));
            ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of()));
            assertThat(r.files()).isEqualTo(1);
            assertThat(r.findings()).extracting(f -> f.ruleId()).doesNotContain("PARSE");
            // any connection attempt made during the scan would be waiting in the backlog by now
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
