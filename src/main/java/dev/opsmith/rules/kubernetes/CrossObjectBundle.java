package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/**
 * The objects a cross-object rule may look at: those of the checked file's group (folder, chart, kustomization),
 * matched by namespace. An omitted namespace is the one the bundle is applied to, so it matches any namespace:
 * a missing reference is only claimed when no object of the bundle could be the target. Shared by K8S146–K8S154
 * and K8S164.
 */
final class CrossObjectBundle {
    private final KubernetesIndex index;
    private final String group;

    private CrossObjectBundle(KubernetesIndex index, String group) {
        this.index = index;
        this.group = group;
    }

    static CrossObjectBundle of(RuleContext context) {
        return new CrossObjectBundle(KubernetesRule.index(context), KubernetesRule.group(context));
    }

    /** True when two namespaces can be the same at apply time (equal, or one of them omitted). */
    static boolean sameNamespace(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Objects of a kind in the bundle, any namespace. */
    List<ObjectSummary> ofKind(String kind) {
        return index.inGroup(group, kind);
    }

    /** Objects of a kind in the bundle that can share {@code namespace}. */
    List<ObjectSummary> ofKind(String kind, String namespace) {
        return ofKind(kind).stream().filter(o -> sameNamespace(o.namespace(), namespace)).toList();
    }

    /** True when the bundle defines an object of the kind (only then is a missing target evidence). */
    boolean defines(String kind) {
        return index.groupDefines(group, kind);
    }

    /** Pod-bearing objects of the bundle, any namespace. */
    List<ObjectSummary> workloads() {
        return index.inGroup(group).stream().filter(o -> Workloads.KINDS.contains(o.kind())).toList();
    }

    /** Pod-bearing objects of the bundle that can share {@code namespace}. */
    List<ObjectSummary> workloads(String namespace) {
        return workloads().stream().filter(o -> sameNamespace(o.namespace(), namespace)).toList();
    }

    /**
     * Reports {@code object} when {@code selector}, at {@code spec.<key>}, matches no pod template of the bundle in
     * its namespace: "{@code <object> selects <selector>, which matches no pod template in this folder, so <effect>}".
     */
    void reportIfDangling(RuleContext context, KubernetesObject object, String key, SelectorExpression selector,
                          String effect) {
        String namespace = object.namespace().orElse("");
        if (workloads(namespace).stream().anyMatch(w -> selector.matches(w.podLabels()))) return;
        KubernetesRule.report(context, object, NetworkNodes.keyOf(object.spec(), key, object.anchor()),
                object.display() + " selects " + selector.shown() + ", which matches no pod template in this folder, so "
                        + effect);
    }
}
