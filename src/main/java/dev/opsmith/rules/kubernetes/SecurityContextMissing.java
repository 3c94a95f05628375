package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** For teams whose policy is that every workload states its security context explicitly. */
public final class SecurityContextMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S022", "No securityContext at pod or container level")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a container, init container or ephemeral container that has no "
                    + "`securityContext` while the pod has none either; an empty `securityContext: {}` counts as "
                    + "none, since it decides nothing. The specific rules (K8S009, K8S010, K8S014, K8S015, …) already report what is "
                    + "missing; this one is for teams whose standard requires an explicit context on every "
                    + "workload. Points at the container's name.")
            .rationale("A workload without any security context runs with every runtime default: root if the image "
                    + "says so, a writable filesystem, privilege escalation allowed, no seccomp filter. An explicit "
                    + "context shows reviewers and auditors that someone decided how the workload runs.")
            .remediation("Add a pod-level `securityContext` (`runAsNonRoot: true`, `seccompProfile: {type: "
                    + "RuntimeDefault}`) and a container-level one (`allowPrivilegeEscalation: false`, "
                    + "`readOnlyRootFilesystem: true`, `capabilities: {drop: [ALL]}`).")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .equivalent("trivy", "KSV118")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            if (declared(pod.securityContext())) return;
            for (Container c : pod.allContainers()) {
                if (declared(c.securityContext())) continue;
                report(context, obj, c.anchor(), c.display() + " of " + obj.display() + " has no securityContext, "
                        + "and neither has the pod: set one explicitly");
            }
        });
    }

    /** A security context with at least one setting. */
    private static boolean declared(YamlNode context) {
        return EffectiveSecurityContext.isSet(context) && !context.entries().isEmpty();
    }
}
