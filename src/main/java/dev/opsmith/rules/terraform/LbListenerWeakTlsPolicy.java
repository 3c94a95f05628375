package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.TlsPolicies;

import java.util.Optional;

/** An HTTPS or TLS listener whose security policy still negotiates TLS 1.0 or 1.1. */
public final class LbListenerWeakTlsPolicy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS196", "Listener allows TLS below 1.2")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lb_listener` (or `aws_alb_listener`) with `protocol` `HTTPS` or `TLS` whose "
                    + "`ssl_policy` is absent (the provider then uses `ELBSecurityPolicy-2016-08`, which accepts "
                    + "TLS 1.0 and 1.1) or is not one of the predefined policies with TLS 1.2 as the minimum: the "
                    + "`ELBSecurityPolicy-TLS13-1-2-*` and `-TLS13-1-3-*` policies (post-quantum variants included), "
                    + "`ELBSecurityPolicy-TLS-1-2-2017-01`, `-TLS-1-2-Ext-2018-06` and the `-FS-1-2-*` policies. "
                    + "When the protocol or policy is unknown, nothing is reported; --show-unknown names the "
                    + "unknown input.")
            .rationale("TLS 1.0 and 1.1 rely on weak constructions and lack modern cipher suites; PCI DSS 4.2.1 "
                    + "requires strong cryptography on public networks, which the industry reads as TLS 1.2 or "
                    + "later. The listener negotiates the lowest version a client offers within the policy.")
            .remediation("Set `ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"` (TLS 1.3 and 1.2), or "
                    + "`ELBSecurityPolicy-TLS13-1-3-2021-06` when every client speaks TLS 1.3.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("NIST-800-53:SC-13")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_103")
            .equivalent("trivy", "AVD-AWS-0047")
            .equivalent("tfsec", "aws-elb-use-secure-tls-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance listener : LoadBalancers.declared(reporter, module, LoadBalancers.LISTENERS)) {
            String name = listener.block().address();
            String question = "whether " + name + " accepts TLS below 1.2";
            Value protocol = listener.value("protocol");
            if (protocol.isKnown() && !protocol.isNull()) {
                String p = protocol.string().orElse("");
                if (!p.equals("HTTPS") && !p.equals("TLS")) continue;
            } else if (protocol.isAbsent() || protocol.isNull()) {
                continue;
            }
            Optional<EvaluatedAttribute> policy = listener.attribute("ssl_policy");
            if (policy.isEmpty() || policy.get().value().isNull()) {
                if (!protocol.isKnown()) {
                    reporter.undecided(listener.block().header(), question, protocol.unknownReasons());
                    continue;
                }
                reporter.report(listener.block().header(), name + " does not set ssl_policy, so it uses "
                        + "ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1; set ssl_policy = "
                        + "\"ELBSecurityPolicy-TLS13-1-2-2021-06\"");
                continue;
            }
            if (!reporter.inThisFile(policy.get())) continue;
            var where = policy.get().source().node().span();
            Value v = policy.get().value();
            if (!v.isKnown()) {
                reporter.undecided(where, question, v.unknownReasons());
                continue;
            }
            String text = v.string().orElse("");
            if (TlsPolicies.elbRequiresTls12(text)) continue;
            if (!protocol.isKnown()) {
                reporter.undecided(where, question, protocol.unknownReasons());
                continue;
            }
            reporter.report(where, name + " uses ssl_policy " + text + ", which does not require TLS 1.2 or later; "
                    + "use ELBSecurityPolicy-TLS13-1-2-2021-06");
        }
    }
}
