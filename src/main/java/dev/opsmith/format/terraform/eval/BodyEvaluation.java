package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the attributes and nested blocks of one instance, expanding {@code dynamic} blocks: one nested block
 * per element of a known {@code for_each}, with the iterator ({@code <label>.key}, {@code <label>.value}, or the
 * name given by {@code iterator}) bound inside {@code content}; a single undecided block when it is unknown.
 */
final class BodyEvaluation {

    /** Blocks that configure Terraform itself rather than the resource; evaluating them would misread their words. */
    private static final Set<String> NOT_RESOURCE_CONTENT = Set.of("lifecycle", "provisioner", "connection");

    private final ModuleEvaluator module;
    private final Scope scope;

    BodyEvaluation(ModuleEvaluator module, Scope scope) {
        this.module = module;
        this.scope = scope;
    }

    Value attribute(Located<Attribute> attribute) {
        return module.evaluate(attribute, scope);
    }

    List<EvaluatedBlock> topLevelBlocks(List<Located<Block>> blocks) {
        List<EvaluatedBlock> out = new ArrayList<>();
        for (Located<Block> block : blocks) {
            if (!NOT_RESOURCE_CONTENT.contains(block.node().type())) addBlock(block, scope, out);
        }
        return out;
    }

    private List<EvaluatedBlock> nested(Located<Block> parent, Scope in) {
        List<EvaluatedBlock> out = new ArrayList<>();
        for (Block block : parent.node().body().blocks()) addBlock(new Located<>(block, parent.file()), in, out);
        return out;
    }

    private void addBlock(Located<Block> block, Scope in, List<EvaluatedBlock> out) {
        if (block.node().type().equals("dynamic")) {
            expandDynamic(block, in, out);
            return;
        }
        List<String> labels = block.node().labels().stream().map(l -> l.value()).toList();
        out.add(new EvaluatedBlock(block.node().type(), labels, block, attributes(block, block, in),
                nested(block, in), Optional.empty()));
    }

    private Map<String, EvaluatedAttribute> attributes(Located<Block> block, Located<Block> fileOf, Scope in) {
        Map<String, EvaluatedAttribute> attributes = new LinkedHashMap<>();
        for (Attribute attribute : block.node().body().attributes()) {
            Located<Attribute> located = new Located<>(attribute, fileOf.file());
            attributes.put(attribute.name(), new EvaluatedAttribute(attribute.name(), module.evaluate(located, in), located));
        }
        return attributes;
    }

    private void expandDynamic(Located<Block> dynamic, Scope in, List<EvaluatedBlock> out) {
        Block node = dynamic.node();
        Located<Span> header = new Located<>(node.typeSpan(), dynamic.file());
        if (node.labels().size() != 1) {
            module.problem("Invalid dynamic block: it needs exactly one label, the type of the blocks it makes", header, List.of());
            return;
        }
        String type = node.labels().get(0).value();
        Optional<Attribute> forEach = node.body().attribute("for_each");
        List<Block> contents = node.body().blocks("content");
        if (forEach.isEmpty() || contents.size() != 1) {
            module.problem("Invalid dynamic block \"" + type + "\": it needs a for_each argument and one content block",
                    header, List.of());
            return;
        }
        String iterator = type;
        Optional<Attribute> iteratorAttribute = node.body().attribute("iterator");
        if (iteratorAttribute.isPresent()) {
            if (!(iteratorAttribute.get().value() instanceof Expression.Variable name)) {
                module.problem("Invalid dynamic iterator: write a bare name, such as iterator = rule",
                        new Located<>(iteratorAttribute.get().value().span(), dynamic.file()), List.of());
                return;
            }
            iterator = name.name();
        }
        Located<Block> content = new Located<>(contents.get(0), dynamic.file());
        Value collection = module.evaluate(new Located<>(forEach.get(), dynamic.file()), in);
        if (collection.isError()) return;
        if (collection.isUnknown()) {
            Value unknown = Value.unknownFrom(List.of(collection));
            Scope bound = new BoundScope(in, Map.of(iterator, unknown));
            out.add(new EvaluatedBlock(type, List.of(), dynamic, attributes(content, content, bound),
                    nested(content, bound), Optional.of(collection)));
            return;
        }
        if (collection.isNull()) {
            module.problem("Invalid dynamic for_each: the collection of dynamic \"" + type + "\" is null",
                    new Located<>(forEach.get().value().span(), dynamic.file()), List.of());
            return;
        }
        Optional<List<Map.Entry<Value, Value>>> pairs = Iteration.pairs(collection);
        if (pairs.isEmpty()) {
            module.problem("Invalid dynamic for_each: a list, set or map is required, got " + Conversions.typeName(collection),
                    new Located<>(forEach.get().value().span(), dynamic.file()), List.of());
            return;
        }
        for (Map.Entry<Value, Value> pair : pairs.get()) {
            Map<String, Value> element = new LinkedHashMap<>();
            element.put("key", pair.getKey());
            element.put("value", pair.getValue());
            Scope bound = new BoundScope(in, Map.of(iterator, Value.map(element)));
            out.add(new EvaluatedBlock(type, List.of(), dynamic, attributes(content, content, bound),
                    nested(content, bound), Optional.empty()));
        }
    }
}
