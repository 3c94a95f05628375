package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

/**
 * Where the availability rules report what an object lacks: the key line of the mapping that should hold the
 * field ({@code spec:}), so the finding points at one line and its fingerprint does not change with the contents.
 */
final class SpecKeys {
    private SpecKeys() {
    }

    /** The {@code key:} of an entry of {@code parent}; the object's {@code kind:} line when absent. */
    static Span keyOf(KubernetesObject object, YamlNode parent, String key) {
        if (parent instanceof YamlMapping m) {
            YamlEntry e = m.entry(key);
            if (e != null) return e.key().span();
        }
        return object.anchor();
    }

    /** The object's top-level {@code spec:} key. */
    static Span spec(KubernetesObject object) {
        return keyOf(object, object.root(), "spec");
    }

    /** The {@code spec:} key of the pod spec (the Pod's own, or the pod template's). */
    static Span podSpec(PodSpec pod) {
        KubernetesObject owner = pod.owner();
        YamlNode parent = switch (owner.kind()) {
            case "Pod" -> owner.root();
            case "CronJob" -> owner.spec().path("jobTemplate", "spec", "template");
            default -> owner.spec().get("template");
        };
        return keyOf(owner, parent, "spec");
    }

    /** The object's {@code metadata.name} value, else its {@code kind:} line. */
    static Span name(KubernetesObject object) {
        YamlNode name = object.metadata().get("name");
        return name.present() ? name.span() : object.anchor();
    }
}
