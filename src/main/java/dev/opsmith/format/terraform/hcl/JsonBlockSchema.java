package dev.opsmith.format.terraform.hcl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Which JSON properties are blocks, and with how many labels. The JSON syntax cannot tell a block from an
 * object-valued attribute on its own; this is the knowledge that tells them apart. Properties not listed are
 * attributes, so the contents of resources (whose nested blocks only a provider schema knows) stay object values.
 *
 * @param blocks                block type to its shape
 * @param expressionAttributes  attributes whose JSON strings hold native expressions rather than templates
 *                              (Terraform reads {@code "type": "list(string)"} and
 *                              {@code "depends_on": ["aws_s3_bucket.b"]} that way)
 */
public record JsonBlockSchema(Map<String, BlockShape> blocks, Set<String> expressionAttributes) {

    public JsonBlockSchema {
        blocks = Map.copyOf(blocks);
        expressionAttributes = Set.copyOf(expressionAttributes);
    }

    /**
     * @param labels how many labels blocks of this type have (each one a level of JSON object nesting)
     * @param body   the schema of the block's body
     */
    public record BlockShape(int labels, JsonBlockSchema body) {
    }

    /** No blocks at all: every property is an attribute (the shape of {@code .tfvars.json}). */
    public static final JsonBlockSchema ATTRIBUTES_ONLY = new JsonBlockSchema(Map.of(), Set.of());

    /** Triples of block type, label count and body schema; private shorthand for the constants below. */
    private static JsonBlockSchema of(Object... typeLabelsBody) {
        Map<String, BlockShape> map = new LinkedHashMap<>();
        for (int i = 0; i < typeLabelsBody.length; i += 3) {
            map.put((String) typeLabelsBody[i],
                    new BlockShape((Integer) typeLabelsBody[i + 1], (JsonBlockSchema) typeLabelsBody[i + 2]));
        }
        return new JsonBlockSchema(map, Set.of());
    }

    /** The same blocks, with these attributes read as native expressions. */
    private JsonBlockSchema expressions(String... names) {
        return new JsonBlockSchema(blocks, Set.of(names));
    }

    private static final JsonBlockSchema CONDITIONS = of(
            "precondition", 0, ATTRIBUTES_ONLY,
            "postcondition", 0, ATTRIBUTES_ONLY);

    private static final JsonBlockSchema LIFECYCLE = of(
            "precondition", 0, ATTRIBUTES_ONLY,
            "postcondition", 0, ATTRIBUTES_ONLY).expressions("ignore_changes", "replace_triggered_by");

    private static final JsonBlockSchema RESOURCE = of(
            "lifecycle", 0, LIFECYCLE,
            "connection", 0, ATTRIBUTES_ONLY,
            "provisioner", 1, of("connection", 0, ATTRIBUTES_ONLY),
            "dynamic", 1, of("content", 0, ATTRIBUTES_ONLY)).expressions("provider", "depends_on");

    /**
     * The blocks Terraform itself defines: {@code resource} and {@code data} with two labels;
     * {@code module}, {@code variable}, {@code output}, {@code provider} and {@code check} with one;
     * {@code terraform}, {@code locals}, {@code moved}, {@code import} and {@code removed} with none; and the
     * meta blocks inside them ({@code lifecycle}, {@code provisioner}, {@code dynamic}, {@code validation},
     * {@code backend}, {@code required_providers}, …). References and types written as JSON strings
     * ({@code depends_on}, {@code provider}, {@code providers}, {@code ignore_changes}, {@code type}, the addresses of
     * {@code moved}, {@code import} and {@code removed}) are read as native expressions.
     */
    public static final JsonBlockSchema TERRAFORM = of(
            "terraform", 0, of(
                    "required_providers", 0, ATTRIBUTES_ONLY,
                    "backend", 1, ATTRIBUTES_ONLY,
                    "cloud", 0, of("workspaces", 0, ATTRIBUTES_ONLY),
                    "provider_meta", 1, ATTRIBUTES_ONLY),
            "variable", 1, of("validation", 0, ATTRIBUTES_ONLY).expressions("type"),
            "output", 1, CONDITIONS.expressions("depends_on"),
            "provider", 1, ATTRIBUTES_ONLY,
            "locals", 0, ATTRIBUTES_ONLY,
            "module", 1, ATTRIBUTES_ONLY.expressions("providers", "depends_on"),
            "resource", 2, RESOURCE,
            "data", 2, of("lifecycle", 0, CONDITIONS).expressions("provider", "depends_on"),
            "moved", 0, ATTRIBUTES_ONLY.expressions("from", "to"),
            "import", 0, ATTRIBUTES_ONLY.expressions("to", "provider"),
            "removed", 0, of("lifecycle", 0, ATTRIBUTES_ONLY, "provisioner", 1, ATTRIBUTES_ONLY).expressions("from"),
            "check", 1, of("data", 2, ATTRIBUTES_ONLY, "assert", 0, ATTRIBUTES_ONLY));

    /** The shape of a block type, if it is one here. */
    public Optional<BlockShape> block(String type) {
        return Optional.ofNullable(blocks.get(type));
    }
}
