package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.ContainerKind;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** An immutable root filesystem keeps an intruder from changing the code that runs. */
public final class ReadOnlyRootFilesystemNotSet extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S014", "Container root filesystem is writable")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a container or init container whose `securityContext.readOnlyRootFilesystem` is "
                    + "not `true` (ephemeral debug containers are exempt). The field exists only per container. "
                    + "Pods with `spec.os.name: windows` are skipped, since Windows does not support the field. "
                    + "Points at a `false` value, else `securityContext`, else the container's name.")
            .rationale("A writable root filesystem lets anyone who gets code execution drop tools, alter binaries or "
                    + "scripts, and persist until the pod is replaced. Making it read-only turns the image into the "
                    + "single, reviewed source of what runs, which is what change-management controls on a "
                    + "regulated platform assume.")
            .remediation("Set `readOnlyRootFilesystem: true` and mount an `emptyDir` volume at each path the process "
                    + "must write (for example `/tmp` or a cache directory).")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/#emptydir")
            .equivalent("kube-linter", "no-read-only-root-fs")
            .equivalent("kube-score", "container-security-context-readonlyrootfilesystem")
            .equivalent("polaris", "notReadOnlyRootFilesystem")
            .equivalent("checkov", "CKV_K8S_22")
            .equivalent("trivy", "KSV014")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            if (EffectiveSecurityContext.isWindows(pod)) return;
            for (Container c : pod.allContainers()) {
                if (c.kind() == ContainerKind.EPHEMERAL) continue;
                YamlNode value = c.securityContext().get("readOnlyRootFilesystem");
                if (EffectiveSecurityContext.isTrue(value) || EffectiveSecurityContext.isTemplated(value)) continue;
                var where = EffectiveSecurityContext.isSet(value) ? value.span()
                        : EffectiveSecurityContext.nearest(c, "securityContext");
                report(context, obj, where, c.display() + " of " + obj.display() + " has a writable root "
                        + "filesystem: set readOnlyRootFilesystem: true and mount emptyDir where it writes");
            }
        });
    }
}
