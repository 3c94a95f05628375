package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** Some node directories are the node: its binaries, kernel interfaces, kubelet and etcd state, credentials. */
public final class SensitiveHostPathMounted extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S046", "Sensitive host directory mounted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a `hostPath` volume whose path (after removing repeated and trailing slashes and "
                    + "resolving `.` and `..`) is one of the node's system directories — `/`, `/bin`, `/boot`, `/dev`, "
                    + "`/etc`, `/home`, `/lib`, `/lib64`, `/proc`, `/root`, `/sbin`, `/sys`, `/usr`, `/var`, `/run`, "
                    + "`/var/run` — or lies under `/proc`, `/sys`, `/etc/kubernetes`, `/var/lib/kubelet`, "
                    + "`/var/lib/etcd`, `/var/lib/docker`, `/var/lib/containerd`, `/var/run/secrets` or `/run/secrets`. "
                    + "Narrow sub-paths of the other directories (`/etc/ssl/certs`, `/var/log`) are accepted; runtime "
                    + "sockets are K8S045's.")
            .rationale("These directories hold the node's executables and libraries, kernel tunables, the kubelet's "
                    + "client certificates and every pod's mounted secrets, the etcd database and the runtime's image "
                    + "layers. Mounting one gives a container the means to read cluster credentials or to plant code "
                    + "that the node will run, which no segregation-of-duties argument on a regulated platform survives.")
            .remediation("Mount the narrowest path the workload needs (for example `/var/log/pods` for a log shipper, "
                    + "`/etc/ssl/certs` read-only for trust roots), or better, get the data another way: the Downward "
                    + "API, a projected service account token, a ConfigMap with the CA bundle.")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/#hostpath")
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
                if (path == null) continue;
                Optional<String> directory = SensitiveHostPaths.sensitiveDirectory(path);
                if (directory.isEmpty()) continue;
                String where = directory.get().equals(path) ? "the node's " + path : path + ", inside the node's "
                        + directory.get();
                report(context, obj, v.pathNode().span(), obj.display() + " mounts " + where + " (volume \""
                        + v.name() + "\"); mount a narrower path or get the data without a host mount")
                        .property("path", path);
            }
        });
    }
}
