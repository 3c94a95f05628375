package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

/** A Service whose selector matches no pod has no endpoints: every request to it fails. */
public final class DanglingService extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S147", "Service selects no workload")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a Service whose `spec.selector` matches the pod template labels of no workload in "
                    + "its bundle (the same folder) and namespace. Not reported: Services without a selector (their "
                    + "endpoints are managed by hand or by a controller), ExternalName Services, selectors with "
                    + "template syntax, and bundles that define no workload at all (the pods then live elsewhere).")
            .rationale("A Service that selects nothing gets no endpoints, so clients see connection refusals or "
                    + "timeouts although every object applied cleanly. The usual cause is a label renamed on the "
                    + "Deployment but not on the Service, a mistake that otherwise surfaces only as an outage of the "
                    + "payment flow after the rollout.")
            .remediation("Make the Service's `spec.selector` a subset of the pod template labels of the workload it "
                    + "fronts (for example `app.kubernetes.io/name: ledger`).")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        if (bundle.workloads().isEmpty()) return;
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Service")) continue;
            if (o.spec().get("type").text().orElse("").equals("ExternalName")) continue;
            SelectorExpression selector = SelectorExpression.flatSelector(o.spec().get("selector"));
            if (selector.isEmpty() || selector.templated()) continue;
            bundle.reportIfDangling(context, o, "selector", selector, "it has no endpoints");
        }
    }
}
