package dev.opsmith.format.kubernetes.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build-time tool: turns the Kubernetes OpenAPI (v2) published inside {@code io.fabric8:kubernetes-model-validator}
 * into the compact resource {@link KubernetesSchema} reads at scan time.
 *
 * <p>The source is a union of API versions across Kubernetes releases plus OpenShift and operator types. We keep the
 * upstream Kubernetes groups only, and of each definition only what validation needs: {@code type}, {@code properties},
 * {@code items}, {@code additionalProperties}, {@code required}, {@code enum}, {@code $ref}, the {@code date-time} and
 * {@code byte} formats, and the preserve-unknown-fields marker. Descriptions, defaults and list/patch metadata go.
 * Two upstream quirks become plain JSON Schema: {@code IntOrString} accepts an integer or a string, {@code Quantity}
 * a number or a string (YAML {@code cpu: 1} is valid). Definitions the source references but does not carry
 * ({@code RawExtension}, {@code runtime.Object}, apiextensions {@code JSON}) are any-value placeholders.
 *
 * <p>Output: {@code {"source":…, "kinds":{"apps/v1/Deployment":"apps.v1.Deployment",…}, "definitions":{…}}},
 * keys sorted, minified, so regeneration is byte-identical ({@code SchemaResourceTest} checks that).
 *
 * <p>Run: {@code java -cp target/classes:<jackson jars> dev.opsmith.format.kubernetes.schema.SchemaConverter [source.jar] [out.json]}.
 */
public final class SchemaConverter {
    public static final String SOURCE_GROUP = "io.fabric8";
    public static final String SOURCE_ARTIFACT = "kubernetes-model-validator";
    public static final String SOURCE_VERSION = "7.5.2";
    static final String SOURCE_ENTRY = "openshift-generated.json";
    static final Path RESOURCE = Path.of("src/main/resources/dev/opsmith/kubernetes/k8s-schema.json");

    /** Upstream API packages ({@code io.k8s.api.<package>}) that are not objects one writes in a manifest. */
    private static final Set<String> NOT_MANIFEST_PACKAGES = Set.of(
            "admission",      // AdmissionReview: webhook payload, never served
            "apidiscovery",   // discovery documents
            "imagepolicy");   // ImageReview: webhook payload
    /** Kinds in served packages that are request options or internal, not resources. */
    private static final Set<String> NOT_MANIFEST_KINDS = Set.of(
            "PodStatusResult", "SerializedReference", "RangeAllocation");
    /** Groups the fabric8 metadata leaves empty ("legacy" groups named like their Go package). */
    private static final Map<String, String> GROUP_OF_PACKAGE = Map.of(
            "core", "",
            "apps", "apps",
            "batch", "batch",
            "autoscaling", "autoscaling",
            "policy", "policy",
            "extensions", "extensions",
            "apiextensions", "apiextensions.k8s.io",
            "apiregistration", "apiregistration.k8s.io");
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "io.k8s.apimachinery.pkg.runtime.RawExtension", "object",
            "io.k8s.apimachinery.pkg.runtime.Object", "object",
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", "");
    private static final Pattern API_DEFINITION = Pattern.compile(
            "io\\.k8s\\.(?:api|apiextensions-apiserver\\.pkg\\.apis|kube-aggregator\\.pkg\\.apis)\\.([a-z0-9]+)\\.(v[0-9a-z]+)\\.([A-Za-z0-9]+)");
    private static final String REF_PREFIX = "#/definitions/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaConverter() {}

    public static void main(String[] args) throws IOException {
        Path jar = args.length > 0 ? Path.of(args[0]) : sourceJar().orElseThrow(() -> new IllegalStateException(
                "source jar not found; pass its path or run `mvn dependency:get -Dartifact="
                        + SOURCE_GROUP + ":" + SOURCE_ARTIFACT + ":" + SOURCE_VERSION + "`"));
        Path out = args.length > 1 ? Path.of(args[1]) : RESOURCE;
        byte[] bytes = convert(jar);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes);
        System.out.println("wrote " + out + " (" + bytes.length + " bytes)");
    }

    /** The source jar in the local Maven repository, if it is there. */
    public static Optional<Path> sourceJar() {
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository",
                SOURCE_GROUP.replace('.', '/'), SOURCE_ARTIFACT, SOURCE_VERSION,
                SOURCE_ARTIFACT + "-" + SOURCE_VERSION + ".jar");
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** Converts the OpenAPI document inside {@code jar}; the result is the exact committed resource. */
    public static byte[] convert(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(SOURCE_ENTRY);
            if (entry == null) throw new IOException(jar + " has no " + SOURCE_ENTRY);
            try (InputStream in = zip.getInputStream(entry)) {
                return convert(in);
            }
        }
    }

    public static byte[] convert(InputStream openApi) {
        JsonNode source = JSON.readTree(openApi);
        JsonNode definitions = source.path("definitions");
        if (!definitions.isObject()) throw new IllegalArgumentException("not an OpenAPI v2 document: no definitions");

        // roots: every served kind of an upstream group
        Map<String, String> kinds = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : definitions.properties()) {
            Matcher m = API_DEFINITION.matcher(e.getKey());
            if (!m.matches()) continue;
            JsonNode info = e.getValue().path("x-fabric8-info");
            String type = info.path("Type").asString("");
            if (!type.equals("object") && !type.equals("list")) continue;
            String pkg = m.group(1), version = m.group(2), kind = m.group(3);
            if (NOT_MANIFEST_PACKAGES.contains(pkg) || NOT_MANIFEST_KINDS.contains(kind) || kind.endsWith("Options")) continue;
            if (!kind.equals(info.path("Kind").asString(kind)) || !version.equals(info.path("Version").asString(version))) {
                throw new IllegalStateException("fabric8 metadata disagrees with the definition name: " + e.getKey());
            }
            String group = GROUP_OF_PACKAGE.getOrDefault(pkg, info.path("Group").asString(""));
            if (group.isEmpty() && !pkg.equals("core")) {
                throw new IllegalStateException("no API group known for package " + pkg + " (" + e.getKey() + ")");
            }
            String apiVersion = group.isEmpty() ? version : group + "/" + version;
            kinds.put(apiVersion + "/" + kind, e.getKey());
        }

        // everything the roots reach
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(kinds.values());
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!reached.add(name)) continue;
            JsonNode def = definitions.get(name);
            if (def == null) {
                if (!PLACEHOLDERS.containsKey(name)) throw new IllegalStateException("unresolved $ref " + name);
                continue;
            }
            if (!name.startsWith("io.k8s.")) throw new IllegalStateException("Kubernetes type refers outside Kubernetes: " + name);
            collectRefs(def, todo);
        }

        ObjectNode root = NODES.objectNode();
        root.put("source", SOURCE_GROUP + ":" + SOURCE_ARTIFACT + ":" + SOURCE_VERSION + "!/" + SOURCE_ENTRY);
        ObjectNode kindsOut = root.putObject("kinds");
        kinds.forEach((gvk, def) -> kindsOut.put(gvk, shortName(def)));
        ObjectNode defsOut = root.putObject("definitions");
        Map<String, ObjectNode> sorted = new TreeMap<>();
        for (String name : reached) sorted.put(shortName(name), definition(name, definitions.get(name)));
        if (sorted.size() != reached.size()) throw new IllegalStateException("short definition names collide");
        sorted.forEach(defsOut::set);
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode definition(String name, JsonNode def) {
        switch (name) {
            case "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
                return typeUnion("integer", "string");
            case "io.k8s.apimachinery.pkg.api.resource.Quantity":
                return typeUnion("number", "string");
            default:
                break;
        }
        if (def == null) {
            ObjectNode any = NODES.objectNode();
            String type = PLACEHOLDERS.get(name);
            if (!type.isEmpty()) any.put("type", type);
            any.put("x-kubernetes-preserve-unknown-fields", true);
            return any;
        }
        return schema(def);
    }

    private static ObjectNode typeUnion(String... types) {
        ObjectNode node = NODES.objectNode();
        ArrayNode array = node.putArray("type");
        for (String t : types) array.add(t);
        return node;
    }

    /** One schema node, stripped to what validation needs, keys in a fixed order. */
    private static ObjectNode schema(JsonNode in) {
        ObjectNode out = NODES.objectNode();
        JsonNode ref = in.get("$ref");
        if (ref != null) {
            out.put("$ref", REF_PREFIX + shortName(refTarget(ref.asString())));
            return out; // draft 4 ignores siblings of $ref; upstream only puts description and default there
        }
        if (in.path("x-kubernetes-int-or-string").asBoolean(false) || "int-or-string".equals(in.path("format").asString(""))) {
            return typeUnion("integer", "string");
        }
        JsonNode type = in.get("type");
        if (type != null && (type.isString() || type.isArray())) out.set("type", type);
        String format = in.path("format").asString("");
        if (format.equals("date-time") || format.equals("byte")) out.put("format", format);
        if (in.has("enum")) out.set("enum", in.get("enum"));
        if (in.has("required")) {
            ArrayNode required = out.putArray("required");
            Set<String> names = new TreeSet<>();
            for (JsonNode n : in.get("required")) names.add(n.asString());
            names.forEach(required::add);
        }
        JsonNode properties = in.get("properties");
        if (properties != null && properties.isObject()) {
            ObjectNode props = out.putObject("properties");
            toMap(properties).forEach((k, v) -> props.set(k, schema(v)));
        }
        JsonNode items = in.get("items");
        if (items != null && items.isObject()) out.set("items", schema(items));
        JsonNode additional = in.get("additionalProperties");
        if (additional != null) out.set("additionalProperties", additional.isObject() ? schema(additional) : additional);
        if (in.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            out.put("x-kubernetes-preserve-unknown-fields", true);
        }
        return out;
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) map.put(e.getKey(), e.getValue());
        return map;
    }

    private static void collectRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) into.push(refTarget(ref.asString()));
            for (Map.Entry<String, JsonNode> e : node.properties()) collectRefs(e.getValue(), into);
        } else if (node.isArray()) {
            for (JsonNode child : node) collectRefs(child, into);
        }
    }

    private static String refTarget(String ref) {
        if (!ref.startsWith(REF_PREFIX)) throw new IllegalStateException("non-local $ref " + ref);
        return ref.substring(REF_PREFIX.length());
    }

    /** {@code io.k8s.api.apps.v1.Deployment} → {@code apps.v1.Deployment}; saves a fifth of the resource. */
    static String shortName(String name) {
        for (String prefix : new String[] {"io.k8s.api.", "io.k8s.apimachinery.pkg.",
                "io.k8s.apiextensions-apiserver.pkg.apis.", "io.k8s.kube-aggregator.pkg.apis."}) {
            if (name.startsWith(prefix)) return name.substring(prefix.length());
        }
        return name;
    }
}
