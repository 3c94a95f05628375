package dev.opsmith.rules.terraform.support;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The predefined TLS security policies that refuse TLS 1.0 and 1.1, per service. Each AWS service names its
 * policies differently, and a service's default policy usually still accepts the old protocols, so rules that
 * require TLS 1.2 or later look the written policy name up here rather than parsing it.
 *
 * <p>Elastic Load Balancing: the TLS 1.2 policies of 2017–2020 and every {@code ELBSecurityPolicy-TLS13-1-2-*} /
 * {@code -TLS13-1-3-*} policy of 2021, plus their post-quantum ({@code -PQ-}) variants. The 2016 default
 * ({@code ELBSecurityPolicy-2016-08}) and the {@code -TLS-1-1-} policies are not accepted. OpenSearch: the two
 * {@code Policy-Min-TLS-1-2-*} policies. API Gateway: {@code TLS_1_2} and the {@code SecurityPolicy_TLS13_*}
 * enhanced policies.
 */
public final class TlsPolicies {

    private static final Set<String> ELB = Set.of(
            "ELBSecurityPolicy-TLS13-1-2-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
            "ELBSecurityPolicy-TLS13-1-3-2021-06",
            "ELBSecurityPolicy-TLS-1-2-2017-01",
            "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
            "ELBSecurityPolicy-FS-1-2-2019-08",
            "ELBSecurityPolicy-FS-1-2-Res-2019-08",
            "ELBSecurityPolicy-FS-1-2-Res-2020-10");

    /** The post-quantum variants of the TLS 1.3 policies, such as {@code ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09}. */
    private static final Pattern ELB_POST_QUANTUM =
            Pattern.compile("ELBSecurityPolicy-TLS13-1-[23](-[A-Za-z0-9]+)*-PQ-\\d{4}-\\d{2}");

    private static final Set<String> OPENSEARCH = Set.of("Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10");

    private static final Pattern API_GATEWAY_ENHANCED = Pattern.compile("SecurityPolicy_TLS13_[A-Za-z0-9_]+");

    private TlsPolicies() {
    }

    /** Whether an ALB/NLB listener {@code ssl_policy} accepts only TLS 1.2 or later. */
    public static boolean elbRequiresTls12(String policy) {
        return ELB.contains(policy) || ELB_POST_QUANTUM.matcher(policy).matches();
    }

    /** Whether an OpenSearch {@code domain_endpoint_options.tls_security_policy} accepts only TLS 1.2 or later. */
    public static boolean openSearchRequiresTls12(String policy) {
        return OPENSEARCH.contains(policy);
    }

    /** Whether an API Gateway domain {@code security_policy} accepts only TLS 1.2 or later. */
    public static boolean apiGatewayRequiresTls12(String policy) {
        return "TLS_1_2".equals(policy) || API_GATEWAY_ENHANCED.matcher(policy).matches();
    }
}
