package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recreate stops every old pod before a new one starts: a Service behind it has no endpoints meanwhile. */
public final class RecreateStrategyBehindService extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S100", "Service-backed Deployment uses Recreate")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports `strategy.type: Recreate` on a Deployment whose pods a Service of the same folder "
                    + "and namespace selects. Deployments that mount a PersistentVolumeClaim of the same folder with a "
                    + "single-node access mode (`ReadWriteOnce`, `ReadWriteOncePod`, or one whose access modes cannot "
                    + "be read here) are skipped: two pods cannot share such a volume, so Recreate is deliberate.")
            .rationale("Recreate terminates all old pods before creating new ones, so every rollout, including a "
                    + "routine configuration change, leaves the Service without endpoints until the new pods are "
                    + "ready. For a customer-facing payment API that is a planned outage on each release; a rolling "
                    + "update keeps serving throughout.")
            .remediation("Use `strategy.type: RollingUpdate` (the default), tuned with `maxUnavailable: 0` and "
                    + "`maxSurge: 1` for zero-downtime releases.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy")
            .equivalent("kube-score", "deployment-strategy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Deployment")) continue;
            YamlNode type = o.spec().path("strategy", "type");
            if (!type.text().map("Recreate"::equals).orElse(false)) continue;
            Optional<PodSpec> pod = Workloads.podSpec(o);
            if (pod.isEmpty()) continue;
            Map<String, String> labels = pod.get().podLabels();
            String namespace = o.namespace().orElse("");
            List<ObjectSummary> services = index(context).inGroup(group(context), "Service").stream()
                    .filter(s -> s.namespace().equals(namespace) && ObjectSummary.selects(s.selector(), labels))
                    .toList();
            if (services.isEmpty() || mountsSingleNodeClaim(manifests, context, o, pod.get())) continue;
            ObjectSummary service = services.get(0);
            RuleContext.Report r = report(context, o, type.span(), o.display() + " uses the Recreate strategy "
                    + "although Service " + service.name() + " routes to its pods, so every rollout is an outage; "
                    + "use RollingUpdate").property("service", service.name());
            if (service.file().equals(context.source().relativePath())) {
                r.related(service.anchor(), "the Service that loses its endpoints during a rollout");
            }
        }
    }

    /** True when a mounted claim of the folder allows one node only, or its access modes cannot be read. */
    private static boolean mountsSingleNodeClaim(KubernetesManifests manifests, RuleContext context,
                                                 KubernetesObject o, PodSpec pod) {
        String namespace = o.namespace().orElse("");
        for (YamlNode volume : pod.node().get("volumes").items()) {
            Optional<String> claim = volume.path("persistentVolumeClaim", "claimName").text();
            if (claim.isEmpty()) continue;
            for (ObjectSummary pvc : index(context).find(group(context), namespace, "PersistentVolumeClaim", claim.get())) {
                Optional<KubernetesObject> local = WorkloadReplicas.local(manifests, context, pvc);
                if (local.isEmpty()) return true;
                for (YamlNode mode : local.get().spec().get("accessModes").items()) {
                    String m = mode.text().orElse("");
                    if (m.equals("ReadWriteOnce") || m.equals("ReadWriteOncePod")) return true;
                }
            }
        }
        return false;
    }
}
