package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.schema.ApiVersions;
import dev.opsmith.rules.RuleContext;

/** A manifest whose API the cluster no longer serves fails at apply time, usually during an upgrade window. */
public final class RemovedApiVersion extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S180", "apiVersion/kind no longer served by the target Kubernetes")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the `apiVersion` of an object whose group/version/kind was removed at or before the "
                    + "target Kubernetes release, from opsmith's shipped API table (for example extensions/v1beta1 "
                    + "Deployment and Ingress, policy/v1beta1 PodSecurityPolicy and PodDisruptionBudget, batch/v1beta1 "
                    + "CronJob, autoscaling/v2beta1 and v2beta2, flowcontrol.apiserver.k8s.io v1beta1 to v1beta3). The "
                    + "target release is the setting `kube-version` (CLI `--kube-version`, e.g. `1.29`); by default the "
                    + "newest release the table knows. The message names the replacement. Kinds the table does not "
                    + "list (custom resources) and templated values are skipped. No cluster is contacted.")
            .rationale("The API server rejects an object whose API version it no longer serves, so the deployment "
                    + "fails, often only when the cluster is upgraded and the pipeline re-applies old manifests. On a "
                    + "regulated platform that turns a routine control-plane upgrade into an outage or an emergency "
                    + "change; catching removed APIs in review keeps upgrades on schedule.")
            .remediation("Move the object to the replacement API (e.g. `apps/v1` Deployment, `networking.k8s.io/v1` "
                    + "Ingress, `policy/v1` PodDisruptionBudget, `batch/v1` CronJob) and adapt the fields that changed; "
                    + "`kubectl convert` can help. PodSecurityPolicy has no replacement object: use Pod Security "
                    + "Admission labels on namespaces.")
            .reference("https://kubernetes.io/docs/reference/using-api/deprecation-guide/")
            .reference("https://kubernetes.io/docs/reference/using-api/deprecation-policy/")
            .equivalent("kube-linter", "no-extensions-v1beta")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            ApiVersionStatus.of(o, context).filter(s -> s.state() == ApiVersions.State.REMOVED).ifPresent(s ->
                    report(context, o, ApiVersionStatus.node(o).span(), s.message() + "; " + o.display()
                            + " is rejected by Kubernetes " + s.target())
                            .property("removedIn", String.valueOf(s.entry().removed()))
                            .property("replacement", s.replacement().orElse("")));
        }
    }
}
