package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

/** Which ServiceAccount a pod runs as, and where to report about it (K8S110, K8S111, K8S114). */
final class PodServiceAccount {
    static final String DEFAULT = "default";

    private PodServiceAccount() {
    }

    /** The node naming the account: {@code serviceAccountName}, else the deprecated {@code serviceAccount}. */
    static YamlNode nameNode(PodSpec spec) {
        YamlNode name = spec.node().get("serviceAccountName");
        return name.text().filter(s -> !s.isBlank()).isPresent() ? name : spec.node().get("serviceAccount");
    }

    /** The account the pod runs as; {@code default} when none is named (as the API server fills it in). */
    static String name(PodSpec spec) {
        return nameNode(spec).text().map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT);
    }

    /** The namespace the pod is created in ({@code ""}: the one it is applied to). */
    static String namespace(PodSpec spec) {
        return spec.owner().namespace().orElse("");
    }

    /**
     * Two namespaces as the bundle sees them: equal, or one of them omitted (an omitted namespace is set at apply
     * time, usually to the bundle's namespace).
     */
    static boolean sameNamespace(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** The pod spec's {@code spec:} key (where to report what the pod spec lacks), else the spec itself. */
    static Span specKey(PodSpec spec) {
        YamlNode parent = switch (spec.owner().kind()) {
            case "Pod" -> spec.owner().root();
            case "CronJob" -> spec.owner().spec().path("jobTemplate", "spec", "template");
            default -> spec.owner().spec().get("template");
        };
        YamlEntry entry = parent instanceof YamlMapping m ? m.entry("spec") : null;
        return entry != null ? entry.key().span() : spec.node().span();
    }
}
