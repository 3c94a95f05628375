package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.RuleContext;

/** The pod field {@code serviceAccount}, a deprecated alias of {@code serviceAccountName}. */
public final class DeprecatedServiceAccountField extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S113", "Deprecated serviceAccount field used")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.KUBERNETES)
            .description("Flags the `serviceAccount` key of a pod spec, also when it repeats `serviceAccountName`.")
            .rationale("`serviceAccount` has been a deprecated alias since the v1 API. When both fields are set and "
                    + "differ, which one wins is not obvious to a reader; tools and policies that only read "
                    + "`serviceAccountName` misjudge which identity the pod has.")
            .remediation("Rename the key to `serviceAccountName` (or delete it when `serviceAccountName` is already "
                    + "set to the same value).")
            .reference("https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security")
            .equivalent("kube-linter", "deprecated-service-account-field")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            YamlEntry field = spec.node().entry("serviceAccount");
            if (field == null) return;
            report(context, obj, field.key().span(), obj.display() + " uses the deprecated serviceAccount field; "
                    + "use serviceAccountName");
        });
    }
}
