package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * Which rules implement the Kubernetes Pod Security Standards, by profile. {@code --pss-profile restricted} (the
 * default) runs both sets; {@code --pss-profile baseline} skips {@link #RESTRICTED_ONLY}.
 */
public final class PodSecurityStandards {
    /** Baseline controls: on under both profiles. */
    public static final Set<String> BASELINE = Set.of("K8S001", "K8S002", "K8S003", "K8S016", "K8S017", "K8S018",
            "K8S019", "K8S020", "K8S040", "K8S041", "K8S042", "K8S043", "K8S044");

    /** Controls that only the restricted profile adds: off under {@code --pss-profile baseline}. */
    public static final Set<String> RESTRICTED_ONLY = Set.of("K8S006", "K8S007", "K8S009", "K8S010", "K8S011",
            "K8S015", "K8S021");

    /** The rule setting ({@code rules.settings.<ID>.kube-version}) that version-dependent PSS rules read. */
    static final String KUBE_VERSION_SETTING = "kube-version";

    private PodSecurityStandards() {
    }

    /**
     * The Kubernetes release the manifests target: the rule's {@code kube-version} setting, else the newest release
     * opsmith knows. An unreadable value also falls back to the newest (the configuration validator reports it).
     */
    static KubeVersion targetVersion(RuleContext context) {
        List<String> values = context.setting(KUBE_VERSION_SETTING);
        if (values.isEmpty()) return KubeVersion.CURRENT;
        try {
            return KubeVersion.parse(values.get(0));
        } catch (IllegalArgumentException e) {
            return KubeVersion.CURRENT;
        }
    }
}
