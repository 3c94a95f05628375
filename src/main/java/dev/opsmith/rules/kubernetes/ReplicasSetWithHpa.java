package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** A fixed replica count fights the autoscaler: every apply scales the workload back to it. */
public final class ReplicasSetWithHpa extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S091", "Workload scaled by an HPA also fixes spec.replicas")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports `spec.replicas` on a Deployment or StatefulSet that a HorizontalPodAutoscaler of "
                    + "the same folder (and namespace) targets through `scaleTargetRef`. Only HPAs defined next to the "
                    + "workload are known; one applied from elsewhere is not seen.")
            .rationale("Once an HPA scales a workload, the replica count in the manifest is stale the moment the "
                    + "autoscaler acts. Each `kubectl apply`, Helm upgrade or GitOps sync writes it back, so a service "
                    + "scaled out for month-end settlement or a traffic peak is cut down to the manifest's count in "
                    + "the middle of the load, until the HPA reacts again.")
            .remediation("Remove `replicas` from the workload and let the HPA's `minReplicas` set the floor. When "
                    + "migrating a live workload, follow the documented procedure (for server-side apply, hand the "
                    + "field over first) so the first apply does not reset the count.")
            .reference("https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling")
            .equivalent("kube-score", "deployment-targeted-by-hpa-does-not-have-replicas-configured")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!WorkloadReplicas.isDeploymentOrStatefulSet(o)) continue;
            YamlNode replicas = o.spec().get("replicas");
            if (!replicas.present() || replicas.isNull()) continue;
            List<ObjectSummary> hpas = WorkloadReplicas.hpasTargeting(index(context), group(context), o);
            if (hpas.isEmpty()) continue;
            ObjectSummary hpa = hpas.get(0);
            RuleContext.Report r = report(context, o, replicas.span(), o.display() + " sets replicas although "
                    + "HorizontalPodAutoscaler " + hpa.name() + " scales it; every apply resets the autoscaler's "
                    + "count, so remove spec.replicas and let minReplicas set the floor")
                    .property("hpa", hpa.name());
            if (hpa.file().equals(context.source().relativePath())) r.related(hpa.anchor(), "the HPA that scales it");
        }
    }
}
