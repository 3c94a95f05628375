package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static dev.opsmith.format.terraform.eval.functions.Calls.value;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkAndNumericFunctionsTest {

    @Test
    void vpcLayoutWithCidrsubnetAndCidrsubnets() {
        assertThat(call("cidrsubnet", "10.0.0.0/16", 8, 2)).isEqualTo(Value.of("10.0.2.0/24"));
        assertThat(call("cidrsubnets", "10.0.0.0/16", 4, 4, 8, 4))
                .isEqualTo(value(List.of("10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/24", "10.0.48.0/20")));
        assertThat(error(call("cidrsubnet", "10.0.0.0/16", 4, 16)))
                .isEqualTo("Call to function \"cidrsubnet\" failed: prefix extension of 4 does not accommodate a subnet numbered 16.");
        assertThat(error(call("cidrsubnets", "10.0.0.0/24", 2, 2, 2, 2, 2))).contains("not enough remaining address space");
    }

    @Test
    void ipv6SubnetsAndHostsPrintAsGoPrintsThem() {
        assertThat(call("cidrsubnet", "2600:1f18:abcd:ef00::/56", 8, 255)).isEqualTo(Value.of("2600:1f18:abcd:efff::/64"));
        assertThat(call("cidrhost", "fd00:fd12:3456:7890::/64", 10)).isEqualTo(Value.of("fd00:fd12:3456:7890::a"));
        assertThat(call("cidrsubnet", "::/0", 64, 1)).isEqualTo(Value.of("0:0:0:1::/64"));
    }

    @Test
    void hostsAndNetmasks() {
        assertThat(call("cidrhost", "10.0.1.0/24", -1)).isEqualTo(Value.of("10.0.1.255"));
        assertThat(error(call("cidrhost", "10.0.1.0/24", 256))).contains("does not accommodate a host numbered 256");
        assertThat(call("cidrnetmask", "172.31.0.0/20")).isEqualTo(Value.of("255.255.240.0"));
        assertThat(error(call("cidrnetmask", "10.0.0.0/33"))).contains("invalid CIDR address");
    }

    @Test
    void numericFunctions() {
        assertThat(call("max", 12, 54, 3)).isEqualTo(Value.of(54));
        assertThat(call("ceil", -5.1)).isEqualTo(Value.of(-5));
        assertThat(call("floor", 4.9)).isEqualTo(Value.of(4));
        assertThat(call("pow", 2, 10)).isEqualTo(Value.of(1024));
        assertThat(call("log", 16, 2)).isEqualTo(Value.of(4));
        assertThat(call("parseint", "-12AB", 16)).isEqualTo(Value.of(-4779));
        assertThat(call("parseint", "aA", 62)).isEqualTo(Value.of(656));
        assertThat(error(call("parseint", "12", 2))).contains("cannot parse \"12\" as a base 2 integer");
        assertThat(call("signum", -13)).isEqualTo(Value.of(-1));
    }
}
