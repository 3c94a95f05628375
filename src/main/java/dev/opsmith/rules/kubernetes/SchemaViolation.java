package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.schema.CustomResourceSchema;
import dev.opsmith.format.kubernetes.schema.KubernetesSchema;
import dev.opsmith.format.kubernetes.schema.SchemaError;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the API server would reject, found before the pipeline reaches the cluster. */
public final class SchemaViolation extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S182", "Object does not match the Kubernetes OpenAPI schema")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Validates every object of a built-in kind against the Kubernetes OpenAPI schema shipped with "
                    + "opsmith, strictly (as `kubectl apply --validate=strict` and `kubeconform -strict` do): unknown "
                    + "fields (with the likely intended field when the name is a near miss), values of the wrong type, "
                    + "missing required fields, values outside an enum, and malformed date-time or base64 strings. "
                    + "Values are read as the API server reads YAML (YAML 1.1: `yes` is a boolean, `0644` is octal, a "
                    + "quoted number is a string). Reported on the unknown key, on the offending value, or for a missing "
                    + "field on the key of the object that lacks it. Custom resources are validated when a "
                    + "CustomResourceDefinition anywhere in the scan, or a schema file of `--schema-dir` "
                    + "(kubeconform's `{kind}_{version}.json` or `{group}/{kind}_{version}.json`), describes their "
                    + "group, version and kind (a CRD in the scan wins); as the API server reads a structural schema, "
                    + "a field is unknown only where the schema lists `properties` and does not set "
                    + "`x-kubernetes-preserve-unknown-fields`. Custom resources that nothing describes are skipped, "
                    + "and so are values and keys with template syntax. One bundled schema serves every "
                    + "`kube-version`; removed API versions are K8S180's.")
            .rationale("A manifest that does not match the schema is rejected at apply time, or, with lenient "
                    + "validation, applied without the misspelt field: a `readinessProbe` typed `readinesProbe` or a "
                    + "`runAsNonRoot` at the wrong level is silently dropped and the control it carried never takes "
                    + "effect. On a regulated platform a security setting that exists only in the file, not in the "
                    + "cluster, is worse than none, because reviews and audits believe it is there.")
            .remediation("Fix the field name, nesting or type the message names (quote strings such as `\"on\"` or "
                    + "`\"1.0\"`, write integers unquoted), or add the missing required field. `kubectl explain "
                    + "<kind>.<field>` shows what the API expects.")
            .reference("https://kubernetes.io/docs/reference/kubernetes-api/")
            .reference("https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation")
            .equivalent("kube-linter", "schema-validation")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        KubernetesSchema schema = null;
        for (KubernetesObject o : manifests.objects()) {
            if (templated(o.apiVersion()) || templated(o.kind())) continue;
            if (schema == null) schema = KubernetesSchema.get();
            List<SchemaError> errors;
            String schemaSource;
            if (schema.knows(o.apiVersion(), o.kind())) {
                errors = schema.validate(o.apiVersion(), o.kind(), YamlJson.toJson(o.root()));
                schemaSource = null;
            } else {
                Optional<CustomResourceSchema> custom = index(context).crdSchema(o.apiVersion(), o.kind());
                if (custom.isEmpty()) continue; // a custom resource nothing in the scan describes: not ours to judge
                errors = custom.get().validate(YamlJson.toJson(o.root()));
                schemaSource = custom.get().source();
            }
            Set<String> reported = new HashSet<>();
            for (SchemaError e : errors) {
                where(o, e).ifPresent(span -> {
                    String message = o.display() + ": " + e.message() + place(e);
                    if (reported.add(span + message)) {
                        var finding = report(context, o, span, message).property("schemaError", e.kind())
                                .property("path", e.fieldPointer());
                        if (schemaSource != null) finding.property("schema", schemaSource);
                    }
                });
            }
        }
    }

    /** The node to report, or empty when the offending key or value is templated. */
    private static Optional<Span> where(KubernetesObject o, SchemaError e) {
        Optional<YamlJson.Located> found = YamlJson.find(o.root(), e.pointer());
        if (found.isEmpty()) return Optional.of(o.anchor());
        YamlNode node = found.get().node();
        YamlEntry holder = found.get().entry();
        if (SchemaError.UNKNOWN_FIELD.equals(e.kind())) {
            YamlEntry field = node instanceof YamlMapping m && e.property() != null ? m.entry(e.property()) : null;
            if (field == null) return Optional.of(node.span());
            return templated(field.key().value()) ? Optional.empty() : Optional.of(field.key().span());
        }
        if (SchemaError.REQUIRED.equals(e.kind())) {
            if (holder != null) return Optional.of(holder.key().span());
            if (e.pointer().isEmpty()) return Optional.of(o.anchor());
            return Optional.of(node.entries().isEmpty() ? node.span() : node.entries().get(0).key().span());
        }
        if (node instanceof YamlScalar s) return templated(s.value()) ? Optional.empty() : Optional.of(s.span());
        return Optional.of(holder != null ? holder.key().span() : node.span());
    }

    /** {@code in spec.template.spec.containers[0]} / {@code at spec.replicas}, from the error's pointer. */
    private static String place(SchemaError e) {
        boolean field = SchemaError.UNKNOWN_FIELD.equals(e.kind()) || SchemaError.REQUIRED.equals(e.kind());
        String path = dotted(e.pointer());
        if (path.isEmpty()) return field ? "" : " at the object root";
        return (field ? " in " : " at ") + path;
    }

    private static String dotted(String pointer) {
        StringBuilder b = new StringBuilder();
        if (pointer == null || pointer.isEmpty()) return "";
        for (String raw : pointer.substring(1).split("/", -1)) {
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (!step.isEmpty() && step.chars().allMatch(Character::isDigit)) b.append('[').append(step).append(']');
            else if (step.contains(".") || step.contains("/")) b.append("[\"").append(step).append("\"]");
            else b.append(b.length() == 0 ? "" : ".").append(step);
        }
        return b.toString();
    }

    private static boolean templated(String text) {
        return text.contains("{{") || text.contains("}}");
    }
}
