package dev.opsmith.format.kubernetes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every object of the scan, summarised, so rules can check across objects and files: a Service that selects no
 * pod, an Ingress that names a missing Service, a Deployment without a PodDisruptionBudget. References to
 * objects that usually live elsewhere are looked up only within the referring object's {@link ObjectSummary#group()}.
 */
public final class KubernetesIndex {
    public static final KubernetesIndex EMPTY = new KubernetesIndex(List.of());

    private final List<ObjectSummary> objects;

    public KubernetesIndex(List<ObjectSummary> objects) {
        List<ObjectSummary> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparing(ObjectSummary::file).thenComparing(s -> s.anchor()));
        this.objects = List.copyOf(sorted);
    }

    public List<ObjectSummary> all() {
        return objects;
    }

    /** Objects of a kind in a group (same folder, chart or kustomization). */
    public List<ObjectSummary> inGroup(String group, String kind) {
        return objects.stream().filter(o -> o.group().equals(group) && o.kind().equals(kind)).toList();
    }

    /** True when the group defines any object of this kind (only then is a missing reference evidence). */
    public boolean groupDefines(String group, String kind) {
        return objects.stream().anyMatch(o -> o.group().equals(group) && o.kind().equals(kind));
    }

    /** Workloads in the group whose pods carry every label of {@code selector}, in the same namespace. */
    public List<ObjectSummary> podsSelectedBy(String group, String namespace, Map<String, String> selector) {
        return objects.stream().filter(o -> o.group().equals(group) && o.namespace().equals(namespace))
                .filter(o -> ObjectSummary.selects(selector, o.podLabels())).toList();
    }

    /** The object of a kind and name in a group and namespace, if defined there. */
    public List<ObjectSummary> find(String group, String namespace, String kind, String name) {
        return objects.stream().filter(o -> o.group().equals(group) && o.namespace().equals(namespace)
                && o.kind().equals(kind) && o.name().equals(name)).toList();
    }
}
