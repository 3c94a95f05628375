package dev.opsmith.format.kubernetes.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates manifests of built-in kinds against the Kubernetes API schema, offline, like {@code kubeconform -strict}:
 * unknown fields, wrong types, missing required fields, values outside an enum, malformed {@code date-time} and
 * base64 ({@code byte}) strings.
 *
 * <p>The schema is the resource {@link SchemaConverter} generates from the Kubernetes OpenAPI. Upstream schemas never
 * forbid extra fields, so on load every object definition with {@code properties} gets {@code additionalProperties:
 * false}, except maps (which declare {@code additionalProperties}) and definitions marked
 * {@code x-kubernetes-preserve-unknown-fields}. {@code null} object members count as absent, as the API server reads
 * them. Every kind is compiled when the schema loads (about a third of a second); after that nothing changes, so one
 * instance serves all threads.
 */
public final class KubernetesSchema {
    static final String RESOURCE = "/dev/opsmith/kubernetes/k8s-schema.json";
    /** Names the one document every {@code $ref} resolves in; all refs are local, nothing is ever fetched. */
    private static final String DOCUMENT_IRI = "https://schemas.opsmith.dev/kubernetes/k8s-schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final class Holder {
        static final KubernetesSchema INSTANCE = load();
    }

    private final Map<String, String> kinds;
    private final JsonNode document;
    /** Root definition name → its compiled schema; all share one compiled document, so shared types compile once. */
    private final Map<String, Schema> compiled;

    private KubernetesSchema(Map<String, String> kinds, JsonNode document) {
        this.kinds = kinds;
        this.document = document;
        SchemaRegistry registry = registry();
        // Compiling each kind on its own re-resolves every shared $ref (PodSpec, ObjectMeta…): 60 ms a kind. Sub-schemas
        // of one compiled document share them: all kinds in a few hundred ms, once, and nothing mutable afterwards.
        Schema root = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI), document);
        Map<String, Schema> schemas = new HashMap<>();
        for (String definition : new TreeSet<>(kinds.values())) {
            Schema schema = root.getSubSchema(new NodePath(PathType.JSON_POINTER).append("definitions").append(definition));
            schema.initializeValidators();
            schemas.put(definition, schema);
        }
        this.compiled = Map.copyOf(schemas);
    }

    /** Draft 4 (what OpenAPI v2 and v3.0 schemas are), base64 {@code byte} format, never fetching anything. */
    static SchemaRegistry registry() {
        Dialect dialect = Dialect.builder(Dialects.getDraft4()).format(new Base64Format()).build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return SchemaRegistry.withDefaultDialect(dialect, b -> b
                .schemaRegistryConfig(config)
                .schemaLoader(l -> l.fetchRemoteResources(false)));
    }

    /** The schema shipped in the jar, loaded once. */
    public static KubernetesSchema get() {
        return Holder.INSTANCE;
    }

    private static KubernetesSchema load() {
        try (InputStream in = KubernetesSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Kubernetes schema missing from the jar: " + RESOURCE);
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            Map<String, String> kinds = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : document.get("kinds").properties()) kinds.put(e.getKey(), e.getValue().asString());
            document.remove("kinds");
            document.remove("source");
            for (Map.Entry<String, JsonNode> e : document.get("definitions").properties()) closeObjects(e.getValue());
            return new KubernetesSchema(Map.copyOf(kinds), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Kubernetes schema unreadable: " + RESOURCE, e);
        }
    }

    /** kubeconform's {@code -strict}: objects with declared properties accept nothing else. */
    static void closeObjects(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) return;
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            if (!schema.has("additionalProperties") && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                schema.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> p : properties.properties()) closeObjects(p.getValue());
        }
        closeObjects(schema.get("items"));
        closeObjects(schema.get("additionalProperties"));
    }

    /** Whether the schema has {@code kind} in {@code apiVersion} (e.g. {@code apps/v1}, {@code Deployment}). */
    public boolean knows(String apiVersion, String kind) {
        return kinds.containsKey(apiVersion + "/" + kind);
    }

    /** Every apiVersion/kind pair the schema knows, as {@code apiVersion/kind}, sorted. */
    public Set<String> kinds() {
        return new TreeSet<>(kinds.keySet());
    }

    /**
     * The ways {@code object} disagrees with the schema of {@code apiVersion}/{@code kind}, sorted by pointer; empty
     * when it agrees, and also when the kind is unknown (ask {@link #knows} first).
     */
    public List<SchemaError> validate(String apiVersion, String kind, JsonNode object) {
        String definition = kinds.get(apiVersion + "/" + kind);
        if (definition == null) return List.of();
        Schema schema = compiled.get(definition);
        return validate(schema, document, object);
    }

    /** Validates {@code object} with a compiled schema of {@code document}, errors sorted by pointer. */
    static List<SchemaError> validate(Schema schema, JsonNode document, JsonNode object) {
        List<SchemaError> errors = new ArrayList<>();
        for (Error e : schema.validate(withoutNullMembers(object))) errors.add(toSchemaError(e, document));
        errors.sort(Comparator.comparing(SchemaError::pointer).thenComparing(SchemaError::kind)
                .thenComparing(e -> e.property() == null ? "" : e.property()).thenComparing(SchemaError::message));
        return errors;
    }

    private static SchemaError toSchemaError(Error e, JsonNode document) {
        String pointer = pointer(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        JsonNode instance = e.getInstanceNode();
        switch (keyword) {
            case "additionalProperties": {
                String field = e.getProperty();
                String hint = closestField(e, document, field);
                return new SchemaError(pointer, field, SchemaError.UNKNOWN_FIELD,
                        "unknown field \"" + field + "\"" + (hint == null ? "" : " (did you mean \"" + hint + "\"?)"));
            }
            case "required":
                return new SchemaError(pointer, e.getProperty(), SchemaError.REQUIRED,
                        "missing required field \"" + e.getProperty() + "\"");
            case "type":
                return new SchemaError(pointer, null, SchemaError.TYPE,
                        "expected " + typeNames(e.getSchemaNode()) + ", found " + describe(instance));
            case "enum":
                return new SchemaError(pointer, null, SchemaError.ENUM,
                        "unsupported value " + instance + "; must be one of " + enumValues(e.getSchemaNode()));
            case "format":
                return new SchemaError(pointer, null, SchemaError.FORMAT,
                        "expected a " + formatName(e.getSchemaNode()) + " string, found " + instance);
            default:
                return new SchemaError(pointer, null, keyword, e.getMessage());
        }
    }

    private static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            b.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /** A declared field close to the unknown one: the typo's likely intent. */
    private static String closestField(Error e, JsonNode document, String field) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode node = document;
        // fragment: /definitions/<name>/…/additionalProperties; walk to the object schema that owns the keyword
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) node = node.get(fragment.getName(i));
        if (node == null || field == null) return null;
        String best = null;
        int bestDistance = Math.max(2, field.length() / 4) + 1;
        for (String candidate : node.path("properties").propertyNames()) {
            int d = distance(field.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String typeNames(JsonNode type) {
        if (type == null) return "another type";
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode t : type) names.add(t.asString());
            return String.join(" or ", names);
        }
        return type.asString();
    }

    private static String enumValues(JsonNode values) {
        if (values == null || !values.isArray()) return "the allowed values";
        List<String> names = new ArrayList<>();
        for (JsonNode v : values) names.add(v.isString() ? "\"" + v.asString() + "\"" : v.toString());
        return String.join(", ", names);
    }

    private static String formatName(JsonNode format) {
        if (format == null) return "well-formed";
        return switch (format.asString()) {
            case "byte" -> "base64";
            case "date-time" -> "RFC 3339 date-time";
            default -> format.asString();
        };
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) return "null";
        if (node.isString()) return "string " + node;
        if (node.isIntegralNumber()) return "integer " + node;
        if (node.isNumber()) return "number " + node;
        if (node.isBoolean()) return "boolean " + node;
        if (node.isArray()) return "array";
        return "object";
    }

    /** {@code null} members mean "not set" to the API server; arrays keep their nulls (those are errors). */
    static JsonNode withoutNullMembers(JsonNode node) {
        if (!hasNullMember(node)) return node;
        JsonNode copy = node.deepCopy();
        dropNullMembers(copy);
        return copy;
    }

    private static boolean hasNullMember(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getValue().isNull() || hasNullMember(e.getValue())) return true;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) if (hasNullMember(child)) return true;
        }
        return false;
    }

    private static void dropNullMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isNull()) nulls.add(e.getKey());
                else dropNullMembers(e.getValue());
            }
            object.remove(nulls);
        } else if (node.isArray()) {
            for (JsonNode child : node) dropNullMembers(child);
        }
    }

    /** OpenAPI's {@code byte}: standard base64, as Secret {@code data} values must be. */
    private static final class Base64Format implements Format {
        @Override
        public String getName() {
            return "byte";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                Base64.getDecoder().decode(value.replace("\n", "").replace("\r", "")); // Go's decoder skips line breaks
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
