package dev.opsmith.format.kubernetes.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema of one custom resource kind: a served version's {@code openAPIV3Schema} from a
 * CustomResourceDefinition in the scan, or a kubeconform-style JSON schema file of {@code --schema-dir}.
 *
 * <p>Objects are validated as the API server treats a structural schema: where an object schema lists
 * {@code properties} and does not set {@code x-kubernetes-preserve-unknown-fields}, other fields are unknown (the
 * server prunes or, with strict field validation, rejects them); an object schema without {@code properties} accepts
 * anything. {@code x-kubernetes-int-or-string} accepts an integer or a string, {@code x-kubernetes-embedded-resource}
 * and the root accept {@code apiVersion}, {@code kind} and {@code metadata}, {@code nullable} accepts null. Of the
 * {@code format}s only {@code date-time} and {@code byte} are checked: Kubernetes reads others ({@code duration}
 * is Go's {@code 1h30m}, not ISO 8601) differently from JSON Schema. The schema compiles on first use, once.
 *
 * @see KubernetesSchema for built-in kinds, which always take precedence
 */
public final class CustomResourceSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> CHECKED_FORMATS = Set.of("date-time", "byte");

    private final String group;
    private final String version;
    private final String kind;
    private final String source;
    private final JsonNode schema;
    private volatile Compiled compiled;

    private record Compiled(Schema schema, JsonNode document) {
    }

    /**
     * @param group   the API group ({@code cert-manager.io}); {@code null} when the schema applies to the kind in any
     *                group (a {@code --schema-dir} file outside a group folder)
     * @param version the version ({@code v1})
     * @param kind    the kind; matched case-insensitively, as kubeconform's lower-case file names require
     * @param source  where the schema came from, for messages ({@code crds/certificates.yaml:12})
     * @param schema  the OpenAPI v3 schema of the whole object; not modified
     */
    public CustomResourceSchema(String group, String version, String kind, String source, JsonNode schema) {
        this.group = group;
        this.version = version;
        this.kind = kind;
        this.source = source;
        this.schema = schema;
    }

    /** {@code group/version/kind} lower-cased, {@code *} for any group: the key a custom resource is looked up by. */
    public String key() {
        return key(group == null ? "*" : group, version, kind);
    }

    public static String key(String group, String version, String kind) {
        return (group + "/" + version + "/" + kind).toLowerCase(Locale.ROOT);
    }

    public String group() {
        return group;
    }

    public String version() {
        return version;
    }

    public String kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    public JsonNode schema() {
        return schema;
    }

    /** The ways {@code object} disagrees with this schema, sorted by pointer (the same errors as built-in kinds). */
    public List<SchemaError> validate(JsonNode object) {
        Compiled c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) compiled = c = compile();
            }
        }
        return KubernetesSchema.validate(c.schema(), c.document(), object);
    }

    private Compiled compile() {
        JsonNode document = schema.deepCopy();
        if (document instanceof ObjectNode root) {
            normalise(root);
            if (root.has("properties")) acceptObjectHeader(root);
            KubernetesSchema.closeObjects(root);
        }
        String iri = "https://schemas.opsmith.dev/custom/" + key().replace('*', '_') + ".json";
        Schema compiledSchema = KubernetesSchema.registry().getSchema(SchemaLocation.of(iri), document);
        compiledSchema.initializeValidators();
        return new Compiled(compiledSchema, document);
    }

    /** Kubernetes' extensions and OpenAPI v3.0 keywords, expressed in the draft 4 the validator speaks. */
    private static void normalise(ObjectNode node) {
        if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
            node.remove(List.of("anyOf", "oneOf", "type", "format"));
            ArrayNode types = node.putArray("type");
            types.add("integer").add("string");
        }
        if (node.has("format") && !CHECKED_FORMATS.contains(node.path("format").asString(""))) node.remove("format");
        if (node.path("nullable").asBoolean(false) && node.path("type").isString()) {
            String type = node.path("type").asString();
            node.putArray("type").add(type).add("null");
        }
        if (node.path("x-kubernetes-embedded-resource").asBoolean(false) && node.has("properties")) {
            acceptObjectHeader(node);
        }
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            if (node.get(keyword) instanceof ObjectNode child) normalise(child);
        }
        for (String keyword : List.of("properties", "patternProperties")) {
            if (node.get(keyword) instanceof ObjectNode children) {
                for (Map.Entry<String, JsonNode> p : children.properties()) {
                    if (p.getValue() instanceof ObjectNode child) normalise(child);
                }
            }
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            if (node.get(keyword) instanceof ArrayNode alternatives) {
                for (JsonNode a : alternatives) if (a instanceof ObjectNode child) normalise(child);
            }
        }
    }

    /** Every object the API server stores has these, whether or not its schema lists them. */
    private static void acceptObjectHeader(ObjectNode node) {
        if (!(node.get("properties") instanceof ObjectNode properties)) return;
        if (!properties.has("apiVersion")) properties.set("apiVersion", NODES.objectNode().put("type", "string"));
        if (!properties.has("kind")) properties.set("kind", NODES.objectNode().put("type", "string"));
        if (!properties.has("metadata")) properties.set("metadata", NODES.objectNode().put("type", "object"));
        // a CRD may constrain metadata.name, never narrow metadata itself: labels and the rest stay valid
        if (properties.get("metadata") instanceof ObjectNode metadata) metadata.put("x-kubernetes-preserve-unknown-fields", true);
    }
}
