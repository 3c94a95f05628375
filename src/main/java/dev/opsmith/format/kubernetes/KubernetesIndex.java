package dev.opsmith.format.kubernetes;

import dev.opsmith.format.kubernetes.schema.CustomResourceSchema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every object of the scan, summarised, so rules can check across objects and files: a Service that selects no
 * pod, an Ingress that names a missing Service, a Deployment without a PodDisruptionBudget. References to
 * objects that usually live elsewhere are looked up only within the referring object's {@link ObjectSummary#group()}.
 * It also holds the schemas of custom resources (from CustomResourceDefinitions in the scan and {@code --schema-dir}),
 * and only those: no document is kept.
 */
public final class KubernetesIndex {
    public static final KubernetesIndex EMPTY = new KubernetesIndex(List.of());

    private final List<ObjectSummary> objects;
    private final Map<String, List<ObjectSummary>> byGroup;
    private final Map<String, List<ObjectSummary>> byGroupAndKind;
    private final Map<String, List<ObjectSummary>> byGroupAndNamespace;
    private final Map<String, CustomResourceSchema> crdSchemas;

    public KubernetesIndex(List<ObjectSummary> objects) {
        this(objects, List.of());
    }

    /** @param crdSchemas custom resource schemas, in precedence order: the first for a group/version/kind wins */
    public KubernetesIndex(List<ObjectSummary> objects, List<CustomResourceSchema> crdSchemas) {
        List<ObjectSummary> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparing(ObjectSummary::file).thenComparing(s -> s.anchor()));
        this.objects = List.copyOf(sorted);
        // rules ask per object: lookups by group must not scan every object of a large repository each time
        Map<String, List<ObjectSummary>> kinds = new HashMap<>();
        Map<String, List<ObjectSummary>> namespaces = new HashMap<>();
        Map<String, List<ObjectSummary>> groups = new HashMap<>();
        for (ObjectSummary o : this.objects) {
            groups.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o);
            kinds.computeIfAbsent(o.group() + '\0' + o.kind(), k -> new ArrayList<>()).add(o);
            namespaces.computeIfAbsent(o.group() + '\0' + o.namespace(), k -> new ArrayList<>()).add(o);
        }
        this.byGroupAndKind = freeze(kinds);
        this.byGroupAndNamespace = freeze(namespaces);
        this.byGroup = freeze(groups);
        Map<String, CustomResourceSchema> schemas = new HashMap<>();
        for (CustomResourceSchema s : crdSchemas) schemas.putIfAbsent(s.key(), s);
        this.crdSchemas = Map.copyOf(schemas);
    }

    /**
     * The schema of a custom resource: one declared for its group, version and kind, else one for the kind and
     * version in any group (a {@code --schema-dir} file outside a group folder); kinds compare case-insensitively.
     */
    public Optional<CustomResourceSchema> crdSchema(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        if (slash < 0 || crdSchemas.isEmpty()) return Optional.empty();
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        CustomResourceSchema exact = crdSchemas.get(CustomResourceSchema.key(group, version, kind));
        return Optional.ofNullable(exact != null ? exact : crdSchemas.get(CustomResourceSchema.key("*", version, kind)));
    }

    /**
     * An index of other objects with the same custom resource schemas: a chart's or kustomization's rendering is
     * checked against its own objects (and CRDs rendered with it), with the scan's CRDs still known.
     */
    public KubernetesIndex withObjects(List<ObjectSummary> others, List<CustomResourceSchema> moreSchemas) {
        List<CustomResourceSchema> schemas = new ArrayList<>(moreSchemas);
        schemas.addAll(crdSchemas.values().stream().sorted(Comparator.comparing(CustomResourceSchema::key)).toList());
        return new KubernetesIndex(others, schemas);
    }

    public List<ObjectSummary> all() {
        return objects;
    }

    /** Every object of a group (same folder, chart or kustomization), in file order. */
    public List<ObjectSummary> inGroup(String group) {
        return byGroup.getOrDefault(group, List.of());
    }

    /** Objects of a kind in a group (same folder, chart or kustomization). */
    public List<ObjectSummary> inGroup(String group, String kind) {
        return byGroupAndKind.getOrDefault(group + '\0' + kind, List.of());
    }

    /** True when the group defines any object of this kind (only then is a missing reference evidence). */
    public boolean groupDefines(String group, String kind) {
        return byGroupAndKind.containsKey(group + '\0' + kind);
    }

    /** Workloads in the group whose pods carry every label of {@code selector}, in the same namespace. */
    public List<ObjectSummary> podsSelectedBy(String group, String namespace, Map<String, String> selector) {
        return byGroupAndNamespace.getOrDefault(group + '\0' + namespace, List.of()).stream()
                .filter(o -> ObjectSummary.selects(selector, o.podLabels())).toList();
    }

    /** The object of a kind and name in a group and namespace, if defined there. */
    public List<ObjectSummary> find(String group, String namespace, String kind, String name) {
        return inGroup(group, kind).stream().filter(o -> o.namespace().equals(namespace) && o.name().equals(name))
                .toList();
    }

    private static Map<String, List<ObjectSummary>> freeze(Map<String, List<ObjectSummary>> lists) {
        Map<String, List<ObjectSummary>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
