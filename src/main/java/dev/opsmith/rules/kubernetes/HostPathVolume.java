package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** A hostPath volume reaches into the node's filesystem, past every isolation the container runtime provides. */
public final class HostPathVolume extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S044", "Pod mounts a hostPath volume")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports every `volumes[]` entry of a pod spec that uses `hostPath`, whatever the path and "
                    + "whether or not a container mounts it read-only. This is the HostPath Volumes control of the Pod "
                    + "Security Standards baseline profile. Runtime sockets (K8S045) and sensitive node directories "
                    + "(K8S046) raise their own, more severe finding in addition.")
            .rationale("A hostPath volume ties the pod to one node's disk and lets it read, and usually write, files "
                    + "that belong to the node: logs of other tenants, kubelet credentials, configuration. Symlink and "
                    + "sub-path tricks have turned even read-only host mounts into container escapes. For a regulated "
                    + "platform, node files are outside the application's data boundary and must stay there.")
            .remediation("Use `emptyDir` for scratch space, a `persistentVolumeClaim` for data that must survive the "
                    + "pod, and `configMap`/`secret`/`projected` volumes for configuration. Node agents that truly need "
                    + "host files (log shippers, CSI drivers) belong in a dedicated, privileged namespace with its own "
                    + "policy.")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/#hostpath")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .equivalent("polaris", "hostPathSet").equivalent("trivy", "KSV023")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (HostPathVolumes.HostPathVolume v : HostPathVolumes.of(spec)) {
                String path = v.pathNode().text().orElse("?");
                report(context, obj, v.hostPath().span(), obj.display() + " mounts host path " + path
                        + " (volume \"" + v.name() + "\") from the node's filesystem; use emptyDir, a "
                        + "PersistentVolumeClaim or a ConfigMap/Secret volume instead");
            }
        });
    }
}
