package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** CIDRs, port ranges, and security-group rules read the same in all four ways Terraform writes them. */
class SecurityGroupRulesTest {

    @Test
    void worldIsAnyPrefixZeroOfEitherFamily() {
        assertThat(Cidrs.isWorld("0.0.0.0/0")).isTrue();
        assertThat(Cidrs.isWorld("1.2.3.4/0")).isTrue();
        assertThat(Cidrs.isWorld("::/0")).isTrue();
        assertThat(Cidrs.isWorld("2001:db8::/0")).isTrue();
        assertThat(Cidrs.isWorld("10.0.0.0/8")).isFalse();
        assertThat(Cidrs.isWorld("0.0.0.0/1")).isFalse();
        assertThat(Cidrs.isWorld("2001:db8::/32")).isFalse();
        assertThat(Cidrs.isWorld("0.0.0.0")).isFalse();
        assertThat(Cidrs.isWorld("300.0.0.0/0")).isFalse();
        assertThat(Cidrs.isWorld(":::/0")).isFalse();
        assertThat(Cidrs.isWorld("anywhere")).isFalse();
        assertThat(Cidrs.family("::/0")).contains(Cidrs.Family.IPV6);
        assertThat(Cidrs.family("0.0.0.0/0")).contains(Cidrs.Family.IPV4);
        assertThat(Cidrs.prefixLength("10.1.0.0/33")).isEmpty();
    }

    private static PortRange range(String protocol, long from, long to) {
        return PortRange.of(protocol, Optional.of(from), Optional.of(to)).orElseThrow();
    }

    @Test
    void portRangesAsAwsReadsThem() {
        PortRange all = range("-1", 0, 0);
        assertThat(all.isAllPorts()).isTrue();
        assertThat(all.contains(22)).isTrue();
        assertThat(range("ALL", 22, 22).isAllPorts()).isTrue();
        PortRange tcpZero = range("tcp", 0, 0);
        assertThat(tcpZero.contains(22)).isFalse();
        assertThat(tcpZero.width()).isEqualTo(1);
        PortRange everyTcp = range("6", 0, 65535);
        assertThat(everyTcp.isAllPorts()).isTrue();
        assertThat(everyTcp.contains(PortRange.Kind.UDP, 53)).isFalse();
        PortRange udp = range("udp", 3380, 3399);
        assertThat(udp.contains(3389)).isTrue();
        assertThat(udp.contains(PortRange.Kind.TCP, 3389)).isFalse();
        assertThat(udp.containsAny(Set.of(3389, 22, 3390))).containsExactly(3389, 3390);
        assertThat(udp.overlaps(range("udp", 3399, 4000))).isTrue();
        assertThat(udp.overlaps(range("tcp", 3389, 3389))).isFalse();
        assertThat(range("icmp", 8, 0).contains(8)).isFalse();
        PortRange gre = range("47", 0, 0);
        assertThat(gre.kind()).isEqualTo(PortRange.Kind.OTHER_PROTOCOL);
        assertThat(gre.contains(22)).isFalse();
        assertThat(PortRange.of("tcp", Optional.of(100L), Optional.of(10L))).isEmpty();
        assertThat(PortRange.of("sctp", Optional.of(1L), Optional.of(2L))).isEmpty();
    }

    private static final String GROUPS = """
            variable "office" {
              type = string
            }
            variable "ports" {
              type = list(number)
            }
            resource "aws_security_group" "web" {
              name = "web"
              ingress {
                description = "https"
                from_port   = 443
                to_port     = 443
                protocol    = "tcp"
                cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
              }
              dynamic "ingress" {
                for_each = var.ports
                content {
                  from_port   = ingress.value
                  to_port     = ingress.value
                  protocol    = "tcp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
              }
              egress {
                from_port        = 0
                to_port          = 0
                protocol         = "-1"
                ipv6_cidr_blocks = ["::/0"]
              }
            }
            resource "aws_default_security_group" "default" {
              vpc_id = "vpc-1"
              ingress {
                from_port = 0
                to_port   = 0
                protocol  = -1
                self      = true
              }
            }
            resource "aws_security_group_rule" "ssh" {
              type              = "ingress"
              from_port         = 22
              to_port           = 22
              protocol          = "tcp"
              cidr_blocks       = [var.office]
              security_group_id = aws_security_group.web.id
            }
            resource "aws_security_group_rule" "out" {
              type              = "egress"
              from_port         = 443
              to_port           = 443
              protocol          = "tcp"
              cidr_blocks       = ["0.0.0.0/0"]
              security_group_id = aws_default_security_group.default.id
            }
            resource "aws_vpc_security_group_ingress_rule" "v6" {
              security_group_id = aws_security_group.web.id
              ip_protocol       = "tcp"
              from_port         = 8443
              to_port           = 8443
              cidr_ipv6         = "::/0"
            }
            resource "aws_vpc_security_group_egress_rule" "elsewhere" {
              security_group_id = "sg-0123456789abcdef0"
              ip_protocol       = "-1"
              cidr_ipv4         = "0.0.0.0/0"
            }
            """;

    @Test
    void readsInlineDynamicDefaultAndStandaloneRules() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate(GROUPS);
        List<SgRule> ingress = SecurityGroupRules.of(m, Direction.INGRESS);
        assertThat(ingress).extracting(SgRule::owner).containsExactly("aws_security_group.web",
                "aws_security_group.web", "aws_default_security_group.default", "aws_security_group_rule.ssh",
                "aws_vpc_security_group_ingress_rule.v6");

        SgRule https = ingress.get(0);
        assertThat(https.ports()).contains(new PortRange(PortRange.Kind.TCP, "tcp", 443, 443));
        assertThat(https.worldText()).isEqualTo("0.0.0.0/0 (IPv4)");
        assertThat(https.world().get(0).span().line()).isEqualTo(14);
        assertThat(https.description().string()).contains("https");

        SgRule dynamic = ingress.get(1);
        assertThat(dynamic.existsUnknowns()).anySatisfy(r -> assertThat(r).contains("var.ports"));
        assertThat(dynamic.ports()).isEmpty();
        assertThat(dynamic.portUnknowns()).isNotEmpty();

        SgRule self = ingress.get(2);
        assertThat(self.ports().orElseThrow().isAllPorts()).isTrue();
        assertThat(self.fromWorld()).isFalse();

        SgRule ssh = ingress.get(3);
        assertThat(ssh.group().target().orElseThrow().address()).isEqualTo("aws_security_group.web");
        assertThat(ssh.fromWorld()).isFalse();
        assertThat(ssh.sourceUnknowns()).anySatisfy(r -> assertThat(r).contains("var.office"));

        SgRule v6 = ingress.get(4);
        assertThat(v6.worldText()).isEqualTo("::/0 (IPv6)");
        assertThat(v6.description().isAbsent()).isTrue();
    }

    @Test
    void egressAndRulesOfOneGroup() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate(GROUPS);
        List<SgRule> egress = SecurityGroupRules.of(m, Direction.EGRESS);
        assertThat(egress).extracting(SgRule::owner).containsExactly("aws_security_group.web",
                "aws_security_group_rule.out", "aws_vpc_security_group_egress_rule.elsewhere");
        assertThat(egress.get(0).worldText()).isEqualTo("::/0 (IPv6)");
        assertThat(egress.get(2).group().state()).isEqualTo(Link.State.NONE);
        assertThat(egress.get(2).ports().orElseThrow().isAllPorts()).isTrue();

        var group = m.instance("aws_default_security_group.default").orElseThrow();
        assertThat(SecurityGroupRules.ofGroup(m, group, Direction.INGRESS)).hasSize(1);
        assertThat(SecurityGroupRules.ofGroup(m, group, Direction.EGRESS)).extracting(SgRule::owner)
                .containsExactly("aws_security_group_rule.out");
    }

    @Test
    void aDefaultGroupOfAnotherVpcIsCertainlyNotThisVpcs() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                variable "vpc" {
                  type = string
                }
                resource "aws_vpc" "a" {
                  cidr_block = "10.1.0.0/16"
                }
                resource "aws_vpc" "b" {
                  cidr_block = "10.2.0.0/16"
                }
                resource "aws_default_security_group" "a" {
                  vpc_id = aws_vpc.a.id
                }
                """);
        var b = m.instance("aws_vpc.b").orElseThrow();
        assertThat(References.referrers(m, b, "aws_default_security_group", "vpc_id").certainlyNone()).isTrue();
        var a = m.instance("aws_vpc.a").orElseThrow();
        assertThat(References.referrers(m, a, "aws_default_security_group", "vpc_id").resources()).hasSize(1);
    }

    @Test
    void networkAclEntriesInlineAndStandalone() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                variable "outbound" {
                  type = bool
                }
                resource "aws_network_acl" "public" {
                  vpc_id = "vpc-1"
                  ingress {
                    protocol   = "tcp"
                    rule_no    = 100
                    action     = "deny"
                    cidr_block = "0.0.0.0/0"
                    from_port  = 22
                    to_port    = 22
                  }
                  egress {
                    protocol   = "-1"
                    rule_no    = 100
                    action     = "allow"
                    cidr_block = "0.0.0.0/0"
                    from_port  = 0
                    to_port    = 0
                  }
                }
                resource "aws_network_acl_rule" "in" {
                  network_acl_id  = aws_network_acl.public.id
                  rule_number     = 110
                  protocol        = "all"
                  rule_action     = "ALLOW"
                  ipv6_cidr_block = "::/0"
                }
                resource "aws_network_acl_rule" "either" {
                  network_acl_id = aws_network_acl.public.id
                  rule_number    = 120
                  egress         = var.outbound
                  protocol       = "tcp"
                  rule_action    = "allow"
                  cidr_block     = "10.0.0.0/8"
                  from_port      = 443
                  to_port        = 443
                }
                """);
        var ingress = NetworkAclRules.of(m, Direction.INGRESS);
        assertThat(ingress).extracting(NetworkAclRules.NaclRule::owner).containsExactly("aws_network_acl.public",
                "aws_network_acl_rule.in", "aws_network_acl_rule.either");
        assertThat(ingress.get(0).allows()).contains(false);
        assertThat(ingress.get(0).ports().orElseThrow().contains(22)).isTrue();
        assertThat(ingress.get(1).allows()).contains(true);
        assertThat(ingress.get(1).world()).extracting(SecurityGroupRules.WorldSource::cidr).containsExactly("::/0");
        assertThat(ingress.get(1).ports().orElseThrow().kind()).isEqualTo(PortRange.Kind.ALL_TRAFFIC);
        assertThat(ingress.get(2).otherUnknowns()).anySatisfy(r -> assertThat(r).contains("var.outbound"));
        var egress = NetworkAclRules.of(m, Direction.EGRESS);
        assertThat(egress).extracting(NetworkAclRules.NaclRule::owner).containsExactly("aws_network_acl.public",
                "aws_network_acl_rule.either");
    }
}
