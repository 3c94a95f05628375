package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** PSS restricted allows only volume types that do not reach into the node or into unmanaged storage. */
public final class RestrictedVolumeType extends KubernetesRule {
    static final Set<String> ALLOWED = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    static final RuleMeta META = RuleMeta.builder("K8S021", "Volume type outside the restricted allow-list")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Volume Types\" of the restricted profile only (off under "
                    + "`--pss-profile baseline`). Reports a `spec.volumes[]` entry whose source is not configMap, "
                    + "csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret (for "
                    + "example nfs, iscsi, gitRepo, hostPath — the last also raises K8S044). A volume with only a "
                    + "name is an emptyDir and fine. Points at the source key.")
            .rationale("Direct volume sources such as nfs, iscsi, cephfs or hostPath mount storage the pod addresses "
                    + "itself, outside PersistentVolume claims, storage classes and their access controls; gitRepo "
                    + "even runs git on the node. Going through a PersistentVolumeClaim keeps storage access "
                    + "declared, reviewable and auditable, as data-protection controls require.")
            .remediation("Replace the inline source with a `persistentVolumeClaim` bound to a PersistentVolume or "
                    + "StorageClass managed by the platform team, or with `configMap`/`secret`/`projected`/"
                    + "`emptyDir` for configuration and scratch data.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .reference("https://kubernetes.io/docs/concepts/storage/volumes/")
            .equivalent("trivy", "KSV028")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            for (YamlNode volume : pod.node().get("volumes").items()) {
                for (YamlEntry e : volume.entries()) {
                    String source = e.key().value();
                    if (source.equals("name") || ALLOWED.contains(source)) continue;
                    report(context, obj, e.key().span(), obj.display() + " mounts volume \""
                            + volume.get("name").text().orElse("?") + "\" of type " + source + ", which the Pod "
                            + "Security restricted profile does not allow: use a persistentVolumeClaim")
                            .property("volumeType", source);
                }
            }
        });
    }
}
