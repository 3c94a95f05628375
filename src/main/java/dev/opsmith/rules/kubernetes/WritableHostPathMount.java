package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;
import java.util.stream.Collectors;

/** Teams that tolerate read-only host mounts still want no container to write to the node's disk. */
public final class WritableHostPathMount extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S047", "hostPath mounted writable")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a `volumeMounts[]` entry of a container, init container or ephemeral "
                    + "container that mounts a `hostPath` volume of the same pod without `readOnly: true`. Mounts of "
                    + "other volume types are not concerned. Complements K8S044 for teams that accept read-only host "
                    + "mounts (log shippers, trust stores) but no writes.")
            .rationale("A writable host mount lets a container change files the node, or the next pod scheduled on "
                    + "it, will trust: drop a binary into a path something executes, rewrite configuration, fill the "
                    + "node's disk. Read-only mounts keep host access auditable as read access only.")
            .remediation("Add `readOnly: true` to the volume mount. If the workload must write, write to an "
                    + "`emptyDir` or a PersistentVolumeClaim instead of the node.")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/#hostpath")
            .equivalent("kube-linter", "writable-host-mount")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            Set<String> hostVolumes = HostPathVolumes.of(spec).stream().map(HostPathVolumes.HostPathVolume::name)
                    .filter(n -> !n.isEmpty()).collect(Collectors.toSet());
            if (hostVolumes.isEmpty()) return;
            for (Container c : spec.allContainers()) {
                for (YamlNode mount : c.node().get("volumeMounts").items()) {
                    String volume = mount.get("name").text().orElse("");
                    if (!hostVolumes.contains(volume) || mount.get("readOnly").bool().orElse(false)) continue;
                    String at = mount.get("mountPath").text().map(p -> " at " + p).orElse("");
                    report(context, obj, mount.span(), c.display() + " of " + obj.display() + " mounts host path "
                            + "volume \"" + volume + "\"" + at + " writable; add readOnly: true");
                }
            }
        });
    }
}
