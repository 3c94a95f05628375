package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Pods naming a ServiceAccount that their bundle, which does define ServiceAccounts, does not define. */
public final class ServiceAccountNotFound extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S114", "Pod names a ServiceAccount missing from the bundle")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Flags a pod spec whose `serviceAccountName` (or deprecated `serviceAccount`) is not "
                    + "`default` and matches no ServiceAccount of the same name and namespace in the same folder, "
                    + "while that folder defines at least one ServiceAccount. Folders without any ServiceAccount are "
                    + "skipped: their accounts are evidently managed elsewhere.")
            .rationale("The API server refuses to create pods whose ServiceAccount does not exist, so a typo or a "
                    + "renamed account turns into a rollout that never gets its pods, usually discovered during the "
                    + "release window rather than in review.")
            .remediation("Fix the name, or add the ServiceAccount to the bundle (in the same namespace as the "
                    + "workload).")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        KubernetesIndex index = index(context);
        String group = group(context);
        if (!index.groupDefines(group, "ServiceAccount")) return;
        forEachPodSpec(manifests, (obj, spec) -> {
            String account = PodServiceAccount.name(spec);
            if (account.equals(PodServiceAccount.DEFAULT) || account.contains("{{")) return;
            String namespace = PodServiceAccount.namespace(spec);
            boolean found = index.inGroup(group, "ServiceAccount").stream()
                    .anyMatch(s -> s.name().equals(account) && PodServiceAccount.sameNamespace(s.namespace(), namespace));
            if (found) return;
            YamlNode named = PodServiceAccount.nameNode(spec);
            report(context, obj, named.span(), obj.display() + " runs as service account \"" + account
                    + "\", which this bundle does not define" + (namespace.isEmpty() ? "" : " in namespace " + namespace)
                    + "; pods will be rejected until it exists");
        });
    }
}
