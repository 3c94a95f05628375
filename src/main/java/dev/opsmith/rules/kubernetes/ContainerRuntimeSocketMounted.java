package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Whoever talks to the container runtime's socket can start a privileged container: it is root on the node. */
public final class ContainerRuntimeSocketMounted extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S045", "Container runtime socket mounted into the pod")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a `hostPath` volume whose path is a container runtime API socket (a path ending in "
                    + "`docker.sock`, `containerd.sock`, `crio.sock` or `cri-dockerd.sock`, wherever it lives) or a "
                    + "runtime state directory that holds one (`/var/run/docker`, `/run/containerd`, `/var/run/crio` and "
                    + "their `/run` / `/var/run` twins). Paths are compared after removing repeated and trailing slashes "
                    + "and resolving `.` and `..`.")
            .rationale("The runtime socket accepts requests to create containers with any mount, namespace or "
                    + "capability, without Kubernetes admission ever seeing them. A pod holding it can therefore take "
                    + "over the node, read every other pod's secrets and hide what it runs from the API server's audit "
                    + "log, which defeats the controls a regulated platform has to evidence.")
            .remediation("Remove the volume. To build images use a daemonless builder (BuildKit rootless, kaniko, "
                    + "buildah) or a build service outside the cluster; for node metrics use the kubelet's metrics "
                    + "endpoints or the CRI through a vetted, dedicated agent.")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/#hostpath")
            .reference("https://docs.docker.com/engine/security/#docker-daemon-attack-surface")
            .equivalent("kube-linter", "docker-sock", "container-runtime-sock").equivalent("checkov", "CKV_K8S_27")
            .equivalent("trivy", "KSV006")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (HostPathVolumes.HostPathVolume v : HostPathVolumes.of(spec)) {
                String path = v.path().orElse(null);
                if (path == null || !SensitiveHostPaths.isRuntimeSocket(path)) continue;
                report(context, obj, v.pathNode().span(), obj.display() + " mounts the container runtime socket "
                        + path + " (volume \"" + v.name() + "\"), which gives root on the node; remove the volume")
                        .property("path", path);
            }
        });
    }
}
