package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@code resource} or {@code data} block into its instances: one per {@code count} index or
 * {@code for_each} key when the collection is known, and a single {@link InstanceKey.Undecided} instance when it
 * is not, so rules still see what every instance would share. Also builds the value references to the block see:
 * the instance object, a list of them ({@code count}) or a map of them ({@code for_each}).
 */
final class InstanceExpansion {

    /** The instances of a block and the value of a reference to it. */
    record Result(Value value, List<ResourceInstance> instances) {
        Result {
            instances = List.copyOf(instances);
        }
    }

    private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider");
    /** A module call's own arguments, which are not inputs of the child module. */
    private static final Set<String> CALL_ARGUMENTS = Set.of("count", "for_each", "depends_on", "providers",
            "source", "version");

    private final ModuleEvaluator module;
    private final ModuleBlock block;

    InstanceExpansion(ModuleEvaluator module, ModuleBlock block) {
        this.module = module;
        this.block = block;
    }

    Result expand() {
        Optional<Located<Attribute>> count = block.attribute("count");
        Optional<Located<Attribute>> forEach = block.attribute("for_each");
        if (count.isPresent() && forEach.isPresent()) {
            module.problem("Invalid combination of \"count\" and \"for_each\" in " + block.address()
                    + ": use one of them", where(forEach.get()), List.of());
            return new Result(Value.error("count and for_each are both set on " + block.address()), List.of());
        }
        if (count.isPresent()) return byCount(count.get());
        if (forEach.isPresent()) return byForEach(forEach.get());
        ResourceInstance instance = instance(InstanceKey.NONE, InstanceBinding.NONE);
        return new Result(register(instance), List.of(instance));
    }

    private Result byCount(Located<Attribute> attribute) {
        Value n = module.evaluate(attribute, module.topScope());
        if (n.isError()) return new Result(n, List.of());
        if (!n.isWhollyKnown()) return undecided(n, InstanceBinding.count(Value.unknownFrom(List.of(n))), "count");
        Optional<BigDecimal> number = n.isNull() ? Optional.empty() : n.asNumber();
        if (number.isEmpty() || number.get().signum() < 0 || number.get().stripTrailingZeros().scale() > 0) {
            Value error = Value.error("Invalid count argument: a whole number of at least 0 is required, got " + n);
            module.problem(((dev.opsmith.format.terraform.value.ErrorValue) error).message(), where(attribute), List.of());
            return new Result(error, List.of());
        }
        List<ResourceInstance> instances = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < number.get().intValue(); i++) {
            ResourceInstance instance = instance(new InstanceKey.Index(i), InstanceBinding.count(Value.of(i)));
            instances.add(instance);
            values.add(register(instance));
        }
        return new Result(Value.list(values), instances);
    }

    private Result byForEach(Located<Attribute> attribute) {
        Value collection = module.evaluate(attribute, module.topScope());
        if (collection.isError()) return new Result(collection, List.of());
        if (collection.isUnknown()) {
            Value unknown = Value.unknownFrom(List.of(collection));
            return undecided(collection, InstanceBinding.each(unknown, unknown), "for_each");
        }
        Map<String, Value> members = new LinkedHashMap<>();
        String problem = null;
        if (collection.isMap()) {
            for (String key : Conversions.sortedKeys(collection.entries())) members.put(key, collection.get(key));
        } else if (collection.isList()) {
            Set<String> keys = new LinkedHashSet<>();
            for (Value item : collection.items()) {
                if (item.isUnknown()) {
                    Value unknown = Value.unknownFrom(List.of(item));
                    return undecided(item, InstanceBinding.each(unknown, unknown), "for_each");
                }
                if (item.string().isEmpty()) {
                    problem = "Invalid for_each argument: a set of strings is required, but an element is "
                            + Conversions.typeName(item);
                    break;
                }
                keys.add(item.string().get());
            }
            for (String key : keys.stream().sorted().toList()) members.put(key, Value.of(key));
        } else {
            problem = "Invalid for_each argument: a map or a set of strings is required, got " + Conversions.typeName(collection);
        }
        if (problem != null) {
            module.problem(problem, where(attribute), List.of());
            return new Result(Value.error(problem), List.of());
        }
        List<ResourceInstance> instances = new ArrayList<>();
        Map<String, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, Value> member : members.entrySet()) {
            ResourceInstance instance = instance(new InstanceKey.Key(member.getKey()),
                    InstanceBinding.each(Value.of(member.getKey()), member.getValue()));
            instances.add(instance);
            values.put(member.getKey(), register(instance));
        }
        return new Result(Value.map(values), instances);
    }

    private Result undecided(Value collection, InstanceBinding binding, String argument) {
        String reason = "the " + argument + " of " + block.address() + " is not known: "
                + String.join("; ", collection.unknownReasons());
        ResourceInstance instance = instance(new InstanceKey.Undecided(reason), binding);
        register(instance);
        return new Result(Value.unknownFrom(List.of(collection)), List.of(instance));
    }

    private ResourceInstance instance(InstanceKey key, InstanceBinding binding) {
        String address = block.address() + key.suffix();
        BodyEvaluation body = new BodyEvaluation(module, new ModuleScope(module, binding));
        Map<String, EvaluatedAttribute> attributes = new LinkedHashMap<>();
        block.attributes().forEach((name, attribute) -> {
            if (!(isCall() ? CALL_ARGUMENTS : META_ARGUMENTS).contains(name)) {
                attributes.put(name, new EvaluatedAttribute(name, body.attribute(attribute), attribute));
            }
        });
        return new ResourceInstance(address, block, key, attributes, body.topLevelBlocks(block.blocks()));
    }

    private boolean isCall() {
        return block.type().equals("module");
    }

    /**
     * The instance's object value, remembered so unwritten attributes read as unknown rather than missing; for a
     * module call, the child's outputs.
     */
    private Value register(ResourceInstance instance) {
        if (isCall()) return module.enterCall(block, instance);
        Value object = instance.toValue();
        module.registerInstance(object, instance.address());
        registerNested(object, instance.blocks(), instance.address());
        return object;
    }

    /** Nested blocks are part of the instance: what they do not write is also decided by the provider. */
    private void registerNested(Value object, List<EvaluatedBlock> blocks, String path) {
        Map<String, List<EvaluatedBlock>> byType = new LinkedHashMap<>();
        for (EvaluatedBlock block : blocks) byType.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block);
        byType.forEach((type, ofType) -> {
            List<Value> values = object.entries().getOrDefault(type, Value.nullValue()).items();
            for (int i = 0; i < values.size() && i < ofType.size(); i++) {
                String address = path + "." + type + "[" + i + "]";
                module.registerInstance(values.get(i), address);
                registerNested(values.get(i), ofType.get(i).blocks(), address);
            }
        });
    }

    private static Located<Span> where(Located<Attribute> attribute) {
        return new Located<>(attribute.node().value().span(), attribute.file());
    }
}
