package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** PSS lets a pod choose its SELinux level (MCS category) but not its user, role, or an arbitrary type. */
public final class SELinuxCustomOptions extends KubernetesRule {
    /** The container SELinux types the baseline profile allows (the empty string = the runtime's default). */
    static final Set<String> ALLOWED_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    static final RuleMeta META = RuleMeta.builder("K8S018", "Custom SELinux user, role or type")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"SELinux\" of the baseline profile (so also part of "
                    + "restricted). In the pod's or any container's `securityContext.seLinuxOptions`, reports a "
                    + "non-empty `user` or `role`, and a `type` other than empty, `container_t`, `container_init_t`, "
                    + "`container_kvm_t` or `container_engine_t`. Setting only `level` is fine.")
            .rationale("SELinux confines containers through the type the runtime assigns them; choosing another "
                    + "user, role or type (for example `spc_t`, the super-privileged container type) can lift that "
                    + "confinement entirely while looking like a routine setting. On SELinux-enforcing nodes used "
                    + "for regulated workloads, that is a silent bypass of a mandatory access control.")
            .remediation("Remove `seLinuxOptions.user`, `.role` and any custom `.type`; keep only `level` when you "
                    + "need a fixed MCS label for shared volumes.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container")
            .equivalent("trivy", "KSV025")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            checkOptions(context, obj, pod.securityContext().get("seLinuxOptions"), obj.display() + " (pod level)");
            for (Container c : pod.allContainers()) {
                checkOptions(context, obj, c.securityContext().get("seLinuxOptions"), c.display() + " of " + obj.display());
            }
        });
    }

    private static void checkOptions(RuleContext context, KubernetesObject obj, YamlNode options, String who) {
        if (!(options instanceof YamlMapping m)) return;
        for (String key : new String[] {"user", "role"}) {
            YamlEntry e = m.entry(key);
            if (e == null || e.value().text().orElse("").isEmpty() || EffectiveSecurityContext.isTemplated(e.value())) continue;
            report(context, obj, e.span(), who + " sets a custom SELinux " + key + " '" + e.value().text().orElse("")
                    + "': remove seLinuxOptions." + key);
        }
        YamlEntry type = m.entry("type");
        if (type != null && !EffectiveSecurityContext.isTemplated(type.value())) {
            String t = type.value().text().orElse("");
            if (!ALLOWED_TYPES.contains(t)) {
                report(context, obj, type.span(), who + " sets SELinux type '" + t + "', which the Pod Security "
                        + "baseline profile does not allow: remove it or use container_t");
            }
        }
    }
}
