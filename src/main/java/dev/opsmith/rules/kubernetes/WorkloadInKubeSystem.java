package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** kube-system holds the control plane's service accounts and secrets; application pods do not belong there. */
public final class WorkloadInKubeSystem extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S161", "Workload deployed into kube-system")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, "
                    + "ReplicationController, Job, CronJob) with `metadata.namespace: kube-system`.")
            .rationale("kube-system holds the service accounts and secrets of cluster components (DNS, CNI, cloud "
                    + "controllers), often with wide RBAC grants, and is commonly exempt from Pod Security "
                    + "Admission and other admission policies. An application pod placed there escapes those "
                    + "controls and sits next to credentials that control the whole cluster.")
            .remediation("Deploy the workload into its own namespace; keep kube-system for components the cluster "
                    + "operator installs.")
            .reference("https://kubernetes.io/docs/concepts/security/multi-tenancy/")
            .equivalent("trivy", "KSV037")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!Workloads.isWorkload(o)) continue;
            YamlNode ns = o.metadata().get("namespace");
            if (!ns.text().orElse("").equals("kube-system")) continue;
            report(context, o, ns.span(), o.display() + " runs in kube-system, next to control-plane credentials; "
                    + "deploy it into its own namespace");
        }
    }
}
