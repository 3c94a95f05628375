package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nested block of an instance after evaluation, such as {@code versioning { … }} or one block produced by a
 * {@code dynamic} block.
 *
 * @param type       the block type ({@code ingress}; for a dynamic block, its label)
 * @param source     where the block is written (for a dynamic block, the {@code dynamic} block)
 * @param undecided  for a dynamic block whose {@code for_each} is unknown: that unknown value, and this block
 *                   stands for all the blocks it would produce (their attributes evaluated with an unknown
 *                   iterator); empty otherwise
 */
public record EvaluatedBlock(String type, List<String> labels, Located<Block> source,
                             Map<String, EvaluatedAttribute> attributes, List<EvaluatedBlock> blocks,
                             Optional<Value> undecided) {

    public EvaluatedBlock {
        labels = List.copyOf(labels);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
    }

    public Optional<EvaluatedAttribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public List<EvaluatedBlock> blocks(String blockType) {
        return blocks.stream().filter(b -> b.type().equals(blockType)).toList();
    }

    /**
     * The block as a value: its attributes and, per nested block type, a list of the nested blocks, as Terraform
     * exposes nested blocks to references. An undecided block is its unknown {@code for_each}.
     */
    public Value toValue() {
        return undecided.orElseGet(() -> objectOf(attributes, blocks));
    }

    static Value objectOf(Map<String, EvaluatedAttribute> attributes, List<EvaluatedBlock> blocks) {
        Map<String, Value> entries = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> entries.put(name, attribute.value()));
        Map<String, List<Value>> byType = new LinkedHashMap<>();
        for (EvaluatedBlock block : blocks) {
            byType.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block.toValue());
        }
        byType.forEach((type, values) -> {
            Optional<Value> unknown = values.stream().filter(Value::isUnknown).findFirst();
            entries.put(type, unknown.orElseGet(() -> Value.list(values)));
        });
        return Value.map(entries);
    }
}
