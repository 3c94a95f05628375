package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/**
 * The Kubernetes release manifests are checked against: the rule setting {@code kube-version} (the CLI's
 * {@code --kube-version} sets it for every rule), else the newest release opsmith's tables know.
 */
final class KubeVersionSetting {
    static final String KEY = "kube-version";

    private KubeVersionSetting() {
    }

    /** The target release; a value that is not a version falls back to the newest (the CLI and config reject it first). */
    static KubeVersion of(RuleContext context) {
        List<String> values = context.setting(KEY);
        if (values.isEmpty() || values.get(0).isBlank()) return KubeVersion.CURRENT;
        try {
            return KubeVersion.parse(values.get(0));
        } catch (IllegalArgumentException e) {
            return KubeVersion.CURRENT;
        }
    }
}
