package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** The default namespace is nobody's: no quota, no policy, no owner, and shared with every mis-targeted apply. */
public final class ExplicitDefaultNamespace extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S160", "Object explicitly placed in the default namespace")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.KUBERNETES)
            .description("Reports `metadata.namespace: default` on a namespaced object. An omitted namespace is "
                    + "compliant (Helm, Kustomize or `kubectl -n` set it at apply time), and cluster-scoped kinds "
                    + "(Namespace, ClusterRole, StorageClass, …) are not checked.")
            .rationale("The default namespace usually has no ResourceQuota, no NetworkPolicy and no RBAC boundary "
                    + "of its own, and it is where every command without `-n` lands. Pinning an object there also "
                    + "overrides the namespace the deployment tooling chooses, so a release meant for the payments "
                    + "tenant can end up mixed with unrelated objects.")
            .remediation("Deploy into a dedicated namespace for the application or tenant; write it in the manifest "
                    + "or leave `metadata.namespace` out and let Helm/Kustomize set it.")
            .reference("https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/")
            .build();

    /** Cluster-scoped kinds of the built-in API and common add-ons: a namespace on them has no meaning. */
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "ClusterRole",
            "ClusterRoleBinding", "StorageClass", "CustomResourceDefinition", "PriorityClass", "RuntimeClass",
            "IngressClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
            "MutatingAdmissionPolicyBinding", "APIService", "CSIDriver", "CSINode", "VolumeAttachment",
            "CertificateSigningRequest", "PodSecurityPolicy", "FlowSchema", "PriorityLevelConfiguration",
            "ComponentStatus", "GatewayClass", "ClusterIssuer", "VolumeSnapshotClass", "VolumeSnapshotContent",
            "IPAddress", "ServiceCIDR", "DeviceClass", "ClusterTrustBundle");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (CLUSTER_SCOPED.contains(o.kind())) continue;
            YamlNode ns = o.metadata().get("namespace");
            if (!ns.text().orElse("").equals("default")) continue;
            report(context, o, ns.span(), o.display() + " is placed in the default namespace; use a dedicated "
                    + "namespace or leave metadata.namespace to the deployment tooling");
        }
    }
}
