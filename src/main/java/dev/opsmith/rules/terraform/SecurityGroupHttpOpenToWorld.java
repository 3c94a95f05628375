package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.SecurityGroupRules;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;

import java.util.ArrayList;
import java.util.List;

/** Plain HTTP (port 80) reachable from the whole internet, except in front of load balancers that only redirect. */
public final class SecurityGroupHttpOpenToWorld extends TerraformRule {
    private static final String REFERENCE =
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html";

    static final RuleMeta META = RuleMeta.builder("AWS115", "Plain HTTP port 80 open to the internet")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to a "
                    + "TCP range containing port 80, in any of the four ways Terraform writes one. A rule of a group "
                    + "that load balancers of the module use (`security_groups` of `aws_lb` / `aws_alb`) is not "
                    + "reported when each of those load balancers has a port-80 listener whose default action "
                    + "redirects to HTTPS (or answers with a fixed response). When the ports, sources or that "
                    + "listener setup are unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("Whatever answers on port 80 answers in clear text: card data, session cookies and "
                    + "credentials can be read or changed on the way (PCI DSS 4.2.1). A port 80 that only redirects "
                    + "to HTTPS is the accepted exception.")
            .remediation("Serve HTTPS only, or put the service behind a load balancer whose port-80 listener "
                    + "redirects to HTTPS.")
            .reference(REFERENCE)
            .compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    private static final int PORT = 80;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (SgRule rule : SecurityGroupRules.of(module, Direction.INGRESS)) {
            if (!reporter.inThisFile(rule.file())) continue;
            String question = "whether " + rule.owner() + " opens plain HTTP to the internet";
            var at = rule.fromWorld() ? rule.world().get(0).span() : rule.where();
            List<String> unknown = new ArrayList<>(rule.existsUnknowns());
            if (rule.ports().isEmpty()) {
                if (rule.portUnknowns().isEmpty() || (!rule.fromWorld() && rule.sourceUnknowns().isEmpty())) continue;
                unknown.addAll(rule.portUnknowns());
                unknown.addAll(rule.sourceUnknowns());
                reporter.undecided(at, question, unknown);
                continue;
            }
            if (!rule.ports().get().contains(PortRange.Kind.TCP, PORT)) continue;
            if (!rule.fromWorld()) {
                if (!rule.sourceUnknowns().isEmpty()) reporter.undecided(at, question, rule.sourceUnknowns());
                continue;
            }
            if (rule.group().isLinked() && onlyRedirects(module, rule.group().target().get(), unknown)) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(at, question, unknown);
                continue;
            }
            reporter.report(at, rule.owner() + " admits the internet, " + rule.worldText() + ", to plain HTTP (port "
                    + "80); serve HTTPS only, or redirect port 80 to HTTPS on the load balancer");
        }
    }

    /**
     * Whether load balancers of the module use the group and each of them redirects port 80 to HTTPS; unknown
     * inputs that kept it from being decided are added to {@code unknown}.
     */
    private static boolean onlyRedirects(EvaluatedModule module, ResourceInstance group, List<String> unknown) {
        List<ResourceInstance> balancers = new ArrayList<>();
        for (String type : LoadBalancers.BALANCERS) {
            References.Referrers r = References.referrers(module, group, type, "security_groups");
            balancers.addAll(r.resources());
        }
        if (balancers.isEmpty()) return false;
        for (ResourceInstance balancer : balancers) {
            boolean redirects = false;
            List<String> pending = new ArrayList<>();
            for (String type : LoadBalancers.LISTENERS) {
                for (ResourceInstance listener : References.referrers(module, balancer, type, "load_balancer_arn")
                        .resources()) {
                    Value port = listener.value("port");
                    if (!port.isKnown()) {
                        pending.addAll(port.unknownReasons());
                        continue;
                    }
                    if (port.number().map(n -> n.intValue() == PORT).orElse(false)
                            && LbListenerPlainHttp.secured(listener.blocks("default_action"), pending)) {
                        redirects = true;
                    }
                }
            }
            if (!redirects) {
                unknown.addAll(pending);
                return false;
            }
        }
        return true;
    }
}
