package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.yaml.YamlNode;

import java.util.Map;
import java.util.Optional;

/** Seccomp profile values, from the {@code seccompProfile} field and from the legacy annotations. */
final class Seccomp {
    static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
    static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

    enum Kind { CONFINED, UNCONFINED, OTHER }

    private Seccomp() {
    }

    /** {@code RuntimeDefault} and {@code Localhost} confine; {@code Unconfined} does not; anything else is invalid. */
    static Kind ofField(YamlNode profile) {
        String type = EffectiveSecurityContext.upper(profile.get("type"));
        return switch (type) {
            case "RUNTIMEDEFAULT", "LOCALHOST" -> Kind.CONFINED;
            case "UNCONFINED" -> Kind.UNCONFINED;
            default -> Kind.OTHER;
        };
    }

    /** A legacy annotation value: {@code runtime/default}, {@code docker/default}, {@code localhost/…}, {@code unconfined}. */
    static Kind ofAnnotation(String value) {
        String v = value.strip(); // case-sensitive, as the kubelet and Pod Security Admission compare
        if (v.equals("runtime/default") || v.equals("docker/default") || v.startsWith("localhost/")) return Kind.CONFINED;
        if (v.equals("unconfined")) return Kind.UNCONFINED;
        return Kind.OTHER;
    }

    /** The legacy annotation for one container, if the pod template has it. */
    static Optional<String> containerAnnotation(Map<String, String> annotations, String container) {
        return Optional.ofNullable(annotations.get(CONTAINER_ANNOTATION_PREFIX + container));
    }
}
