package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of a {@code resource} or {@code data} block: what its configuration evaluates to. Attributes the
 * configuration does not write are not here; references to them are "known only after apply".
 *
 * @param address    the instance address, such as {@code aws_s3_bucket.logs["audit"]} or {@code data.x.y[0]}
 *                   ({@code aws_instance.web[*]} for the one instance standing for unknown ones)
 *                   ({@code aws_instance.web[*]} for the one instance that stands for unknown ones)
 * @param block      the block in the module (header, file, unevaluated expressions)
 * @param key        which instance of a counted or for_each block this is
 * @param attributes evaluated attributes by name, meta-arguments ({@code count}, {@code for_each},
 *                   {@code depends_on}, {@code provider}) left out
 * @param blocks     evaluated nested blocks in order, {@code dynamic} blocks expanded; {@code lifecycle},
 *                   {@code provisioner} and {@code connection} left out
 */
public record ResourceInstance(String address, ModuleBlock block, InstanceKey key,
                               Map<String, EvaluatedAttribute> attributes, List<EvaluatedBlock> blocks) {

    public ResourceInstance {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
    }

    /** The resource or data source type ({@code aws_s3_bucket}). */
    public String type() {
        return block.labels().get(0);
    }

    public Optional<EvaluatedAttribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The value of an attribute the configuration writes; absent when it does not write it. */
    public Value value(String name) {
        EvaluatedAttribute attribute = attributes.get(name);
        return attribute != null ? attribute.value() : Value.absent(address + " does not write \"" + name + "\"");
    }

    public List<EvaluatedBlock> blocks(String blockType) {
        return blocks.stream().filter(b -> b.type().equals(blockType)).toList();
    }

    /** The instance as an object value, as references to it see it. */
    public Value toValue() {
        return EvaluatedBlock.objectOf(attributes, blocks);
    }
}
