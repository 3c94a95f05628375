package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A load balancer listener that answers in clear text instead of sending clients to HTTPS. */
public final class LbListenerPlainHttp extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS195", "Listener serves plain HTTP")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lb_listener` (or its alias `aws_alb_listener`) whose `protocol` is `HTTP`, or "
                    + "absent on an Application Load Balancer (where HTTP is the default), and whose default action "
                    + "neither redirects to HTTPS (`redirect { protocol = \"HTTPS\" }`) nor returns a fixed response. "
                    + "HTTPS, TLS, TCP and UDP listeners are not reported (AWS196 judges the TLS policy of the "
                    + "encrypted ones). When the protocol, the load balancer type or the default action is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("Requests forwarded over plain HTTP carry session cookies, tokens and payment data readable "
                    + "and modifiable by anyone on the path (PCI DSS 4.2.1). A port-80 listener is fine as long as "
                    + "all it does is send the client to HTTPS.")
            .remediation("Serve the application on an HTTPS listener with an ACM certificate, and make the port-80 "
                    + "listener's default action `redirect { port = \"443\" protocol = \"HTTPS\" status_code = "
                    + "\"HTTP_301\" }`.")
            .reference("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_2", "CKV2_AWS_20")
            .equivalent("trivy", "AVD-AWS-0054")
            .equivalent("tfsec", "aws-elb-http-not-used")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance listener : LoadBalancers.declared(reporter, module, LoadBalancers.LISTENERS)) {
            String name = listener.block().address();
            String question = "whether " + name + " serves plain HTTP";
            Optional<EvaluatedAttribute> protocol = listener.attribute("protocol");
            Span where;
            if (protocol.isEmpty() || protocol.get().value().isNull()) {
                where = listener.block().header();
                LoadBalancers.KindOf kind = LoadBalancers.kindOfListener(module, listener);
                if (kind.kind() == LoadBalancers.Kind.OTHER) continue;
                if (kind.kind() == LoadBalancers.Kind.UNKNOWN) {
                    reporter.undecided(where, question + " (its protocol defaults to HTTP only on an Application "
                            + "Load Balancer)", kind.unknownReasons());
                    continue;
                }
            } else {
                if (!reporter.inThisFile(protocol.get())) continue;
                Value v = protocol.get().value();
                where = protocol.get().source().node().span();
                if (!v.isKnown()) {
                    reporter.undecided(where, question, v.unknownReasons());
                    continue;
                }
                if (!"HTTP".equals(v.string().orElse(""))) continue;
            }
            List<String> unknown = new ArrayList<>();
            if (secured(listener.blocks("default_action"), unknown)) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(where, question, unknown);
                continue;
            }
            reporter.report(where, name + " serves plain HTTP and its default action does not redirect to HTTPS; "
                    + "redirect it with redirect { protocol = \"HTTPS\" } or serve HTTPS with a certificate");
        }
    }

    /**
     * Whether a default action keeps clients off plain HTTP: a redirect to HTTPS or a fixed response. Unknown
     * inputs are collected in {@code unknown} when no action is known to be safe.
     */
    static boolean secured(List<EvaluatedBlock> actions, List<String> unknown) {
        for (EvaluatedBlock action : actions) {
            if (action.undecided().isPresent()) {
                unknown.addAll(action.undecided().get().unknownReasons());
                continue;
            }
            Value type = action.attribute("type").map(EvaluatedAttribute::value).orElse(Value.absent("type"));
            if (undecidable(type)) {
                unknown.addAll(type.unknownReasons());
                continue;
            }
            String t = type.string().orElse("");
            if (t.equals("fixed-response")) return true;
            if (!t.equals("redirect")) continue;
            for (EvaluatedBlock redirect : action.blocks("redirect")) {
                if (redirect.undecided().isPresent()) {
                    unknown.addAll(redirect.undecided().get().unknownReasons());
                    continue;
                }
                Value protocol = redirect.attribute("protocol").map(EvaluatedAttribute::value)
                        .orElse(Value.absent("protocol"));
                if (undecidable(protocol)) unknown.addAll(protocol.unknownReasons());
                else if ("HTTPS".equals(protocol.string().orElse(""))) return true;
            }
        }
        return false;
    }

    /** Unknown or an error: written, but not known now (absent is a known fact). */
    private static boolean undecidable(Value v) {
        return !v.isKnown() && !v.isAbsent();
    }
}
