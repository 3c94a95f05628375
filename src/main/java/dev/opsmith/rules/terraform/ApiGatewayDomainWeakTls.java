package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.TlsPolicies;

import java.util.Optional;

/** An API custom domain whose TLS policy is not stated or still admits TLS 1.0. */
public final class ApiGatewayDomainWeakTls extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS269", "API custom domain allows TLS 1.0")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_domain_name` whose `security_policy` is `TLS_1_0` or not written "
                    + "(AWS then picks the policy and a reviewer cannot see which), or an "
                    + "`aws_apigatewayv2_domain_name` whose `domain_name_configuration.security_policy` is not a "
                    + "TLS 1.2 policy. `TLS_1_2` and the `SecurityPolicy_TLS13_*` enhanced policies are accepted. "
                    + "When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("TLS 1.0 has known weaknesses and is not strong cryptography for PCI DSS 4.2.1; a domain "
                    + "that accepts it lets a downgraded client send card data over it.")
            .remediation("Set `security_policy = \"TLS_1_2\"` (or a `SecurityPolicy_TLS13_*` policy where the "
                    + "endpoint type supports it).")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("NIST-800-53:SC-13")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_206").equivalent("trivy", "AVD-AWS-0005")
            .equivalent("tfsec", "aws-api-gateway-use-secure-tls-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : reporter.resources(module, "aws_api_gateway_domain_name")) {
            judge(reporter, domain.block().address(), domain.attribute("security_policy"), domain.block().header());
        }
        for (ResourceInstance domain : reporter.resources(module, "aws_apigatewayv2_domain_name")) {
            String name = domain.block().address();
            NestedBlock.Result config = NestedBlock.find(domain, "domain_name_configuration");
            switch (config.state()) {
                case UNDECIDED -> reporter.undecided(config.nearest(), "whether " + name + " requires TLS 1.2",
                        config.unknownReasons());
                case MISSING -> reporter.report(domain.block().header(), name + " has no domain_name_configuration "
                        + "stating its TLS policy; add one with security_policy = \"TLS_1_2\"");
                case FOUND -> {
                    if (reporter.inThisFile(config.block().get().source().file())) {
                        judge(reporter, name, config.block().get().attribute("security_policy"), config.nearest());
                    }
                }
            }
        }
    }

    private static void judge(Reporter reporter, String name, Optional<EvaluatedAttribute> policy, Span missingAt) {
        if (policy.isEmpty() || policy.get().value().isNull()) {
            reporter.report(missingAt, name + " does not set security_policy, so the TLS versions it accepts are "
                    + "not stated; set security_policy = \"TLS_1_2\"");
            return;
        }
        if (!reporter.inThisFile(policy.get())) return;
        Value v = policy.get().value();
        Span at = policy.get().source().node().span();
        if (v.string().isPresent()) {
            if (!TlsPolicies.apiGatewayRequiresTls12(v.string().get())) {
                reporter.report(at, name + " uses security_policy \"" + v.string().get() + "\", which accepts TLS "
                        + "below 1.2; set it to \"TLS_1_2\"");
            }
        } else if (!v.isKnown()) {
            reporter.undecided(at, "whether " + name + " requires TLS 1.2", v.unknownReasons());
        }
    }
}
