package dev.opsmith.rules.terraform.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which predefined TLS policies refuse TLS 1.0 and 1.1. */
class TlsPoliciesTest {

    @Test
    void loadBalancerPolicies() {
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS13-1-2-2021-06")).isTrue();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-FS-1-2-Res-2020-10")).isTrue();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09")).isTrue();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS13-1-3-PQ-2025-09")).isTrue();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-2016-08")).isFalse();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS-1-1-2017-01")).isFalse();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS13-1-0-2021-06")).isFalse();
        assertThat(TlsPolicies.elbRequiresTls12("ELBSecurityPolicy-TLS13-1-1-PQ-2025-09")).isFalse();
        assertThat(TlsPolicies.elbRequiresTls12("elbsecuritypolicy-tls13-1-2-2021-06")).isFalse();
    }

    @Test
    void openSearchPolicies() {
        assertThat(TlsPolicies.openSearchRequiresTls12("Policy-Min-TLS-1-2-2019-07")).isTrue();
        assertThat(TlsPolicies.openSearchRequiresTls12("Policy-Min-TLS-1-2-PFS-2023-10")).isTrue();
        assertThat(TlsPolicies.openSearchRequiresTls12("Policy-Min-TLS-1-0-2019-07")).isFalse();
    }

    @Test
    void apiGatewayPolicies() {
        assertThat(TlsPolicies.apiGatewayRequiresTls12("TLS_1_2")).isTrue();
        assertThat(TlsPolicies.apiGatewayRequiresTls12("SecurityPolicy_TLS13_1_3_2025_09")).isTrue();
        assertThat(TlsPolicies.apiGatewayRequiresTls12("TLS_1_0")).isFalse();
    }
}
