package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/**
 * The security context a container actually runs with. For fields that exist at both levels ({@code runAsUser},
 * {@code runAsGroup}, {@code runAsNonRoot}, {@code seccompProfile}, {@code appArmorProfile}, {@code seLinuxOptions},
 * {@code windowsOptions}) the container's value wins and the pod's applies otherwise, as the kubelet does; so a
 * pod-level {@code runAsNonRoot: true} or {@code seccompProfile: RuntimeDefault} covers every container that does
 * not override it. Container-only fields ({@code privileged}, {@code capabilities}, …) are read with
 * {@link #container(String)}.
 */
final class EffectiveSecurityContext {
    private final PodSpec pod;
    private final Container container;

    private EffectiveSecurityContext(PodSpec pod, Container container) {
        this.pod = pod;
        this.container = container;
    }

    static EffectiveSecurityContext of(PodSpec pod, Container container) {
        return new EffectiveSecurityContext(pod, container);
    }

    /** The container's value of a two-level field when it sets one (non-null), else the pod's (maybe missing). */
    YamlNode field(String key) {
        YamlNode own = container.securityContext().get(key);
        return isSet(own) ? own : pod.securityContext().get(key);
    }

    /** True when {@link #field} comes from the pod-level context (the container does not set it). */
    boolean inherited(String key) {
        return !isSet(container.securityContext().get(key)) && isSet(pod.securityContext().get(key));
    }

    /** A container-only field ({@code privileged}, {@code capabilities}, {@code readOnlyRootFilesystem}, …). */
    YamlNode container(String key) {
        return container.securityContext().get(key);
    }

    /** Present and not an explicit YAML null (Kubernetes treats {@code key: null} as unset). */
    static boolean isSet(YamlNode node) {
        return node.present() && !node.isNull();
    }

    /** Pods declared for Windows ({@code spec.os.name: windows}) skip the Linux-only controls, as PSS does. */
    static boolean isWindows(PodSpec pod) {
        return pod.node().path("os", "name").text().map(s -> s.equalsIgnoreCase("windows")).orElse(false);
    }

    /** A value that still holds template syntax ({@code {{ … }}}) is never judged. */
    static boolean isTemplated(YamlNode node) {
        return node.text().map(t -> t.contains("{{")).orElse(false);
    }

    /** True when a scalar is the boolean {@code true} (YAML 1.1: {@code yes}, {@code on} too). */
    static boolean isTrue(YamlNode node) {
        return node.bool().orElse(false);
    }

    /**
     * Reports every container that sets the container-only boolean {@code field} ({@code privileged}, …) to true,
     * on the value: "{@code <container> of <object> <what>}".
     */
    static void reportTrue(KubernetesManifests manifests, RuleContext context, String field, String what) {
        KubernetesRule.forEachPodSpec(manifests, (obj, pod) -> {
            for (Container c : pod.allContainers()) {
                YamlNode value = c.securityContext().get(field);
                if (isTrue(value)) {
                    KubernetesRule.report(context, obj, value.span(), c.display() + " of " + obj.display() + " " + what);
                }
            }
        });
    }

    /** A scalar's text trimmed and upper-cased, for enum-like comparisons; empty string otherwise. */
    static String upper(YamlNode node) {
        return node.text().map(t -> t.strip().toUpperCase(Locale.ROOT)).orElse("");
    }

    /**
     * Where to report what a container lacks under {@code securityContext}: the deepest existing entry along
     * {@code keys} (e.g. {@code securityContext}, then {@code capabilities}), else the container's {@code name:}.
     */
    static Span nearest(Container container, String... keys) {
        Span best = container.anchor();
        YamlNode node = container.node();
        for (String key : keys) {
            if (!(node instanceof YamlMapping m)) break;
            YamlEntry entry = m.entry(key);
            if (entry == null || !isSet(entry.value())) break;
            best = entry.span();
            node = entry.value();
        }
        return best;
    }

    /** The pod-level {@code securityContext} entry, or null when the pod has none. */
    static YamlEntry podSecurityContextEntry(PodSpec pod) {
        YamlEntry e = pod.node().entry("securityContext");
        return e != null && isSet(e.value()) ? e : null;
    }

    /**
     * The {@code spec:} key that holds a pod spec (a Pod's {@code spec}, or the template's {@code spec}), for
     * findings about something the whole pod lacks; the pod spec's own span when no key can be found.
     */
    static Span podSpecKey(PodSpec pod) {
        YamlNode parent = switch (pod.owner().kind()) {
            case "Pod" -> pod.owner().root();
            case "CronJob" -> pod.owner().spec().path("jobTemplate", "spec", "template");
            default -> pod.owner().spec().get("template");
        };
        if (parent instanceof YamlMapping m) {
            YamlEntry e = m.entry("spec");
            if (e != null) return e.key().span();
        }
        return pod.node().span();
    }
}
