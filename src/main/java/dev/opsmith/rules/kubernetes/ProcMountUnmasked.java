package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** The runtime masks parts of /proc that leak or change host state; Unmasked shows them again. */
public final class ProcMountUnmasked extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S019", "Container unmasks /proc")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"/proc Mount Type\" of the baseline profile (so also part "
                    + "of restricted). Reports `securityContext.procMount` with any value other than `Default` "
                    + "(in practice `Unmasked`) on a container, init container or ephemeral container.")
            .rationale("By default the runtime hides and makes read-only the /proc entries that expose kernel and "
                    + "host details (kcore, keys, timer lists, sysrq-trigger). An unmasked /proc gives a process in "
                    + "the container those views and levers; outside of nested-container build tooling running in "
                    + "user namespaces, no workload needs it.")
            .remediation("Remove `procMount` or set it to `Default`.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .equivalent("kube-linter", "unsafe-proc-mount")
            .equivalent("polaris", "procMount")
            .equivalent("trivy", "KSV027")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            for (Container c : pod.allContainers()) {
                YamlNode value = c.securityContext().get("procMount");
                if (!EffectiveSecurityContext.isSet(value) || EffectiveSecurityContext.isTemplated(value)) continue;
                String mount = value.text().orElse("");
                if (mount.equals("Default")) continue;
                report(context, obj, value.span(), c.display() + " of " + obj.display() + " sets procMount " + mount
                        + ", exposing masked /proc paths: remove it or use Default");
            }
        });
    }
}
