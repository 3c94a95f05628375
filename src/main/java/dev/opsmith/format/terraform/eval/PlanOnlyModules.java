package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Body;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.Label;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.plan.Plan;
import dev.opsmith.format.terraform.plan.ResourceChange;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan whose configuration is not in the scan, seen as modules of its own: each planned resource becomes a
 * resource written in the plan file, its attributes at the places the plan writes their values, so rules report
 * into the plan file (at the value, or at the first line of the resource's change when something is missing).
 * Without the provider's schema, a list of objects is read as nested blocks (how the plan writes them) and
 * everything else as attributes.
 */
final class PlanOnlyModules {

    private PlanOnlyModules() {
    }

    /** Evaluations by module path ("" for the root), all written in {@code file}. */
    static Map<String, EvaluatedModule> of(SourceFile file, String dir, Plan plan) {
        Map<String, List<ResourceChange>> byModule = new LinkedHashMap<>();
        for (ResourceChange change : plan.resourceChanges()) {
            if (!change.hasPlannedObject()) continue;
            if (change.mode() != dev.opsmith.format.terraform.plan.ResourceAddress.Mode.MANAGED) continue;
            byModule.computeIfAbsent(change.moduleAddress(), k -> new ArrayList<>()).add(change);
        }
        Map<String, EvaluatedModule> out = new LinkedHashMap<>();
        byModule.forEach((module, changes) -> {
            List<ModuleBlock> blocks = new ArrayList<>();
            List<ResourceInstance> instances = new ArrayList<>();
            Map<String, ModuleBlock> declared = new LinkedHashMap<>();
            for (ResourceChange change : changes) {
                Span header = firstLine(change.span());
                ModuleBlock block = declared.computeIfAbsent(change.type() + "." + change.name(), k -> {
                    Block b = new Block("resource", header, List.of(new Label(change.type(), true, header),
                            new Label(change.name(), true, header)), new Body(List.of(), header), header, header, header);
                    ModuleBlock mb = new ModuleBlock("resource", List.of(change.type(), change.name()),
                            new Located<>(b, file), Map.of(), List.of());
                    blocks.add(mb);
                    return mb;
                });
                InstanceKey key = PlanEvaluations.key(change);
                Content content = content(change.after(), header, file);
                instances.add(new ResourceInstance(block.address() + key.suffix(), block, key, content.attributes(),
                        content.blocks()));
            }
            TerraformModule synthetic = new TerraformModule(dir, List.of(), blocks, Map.of(), List.of());
            out.put(module, new EvaluatedModule(synthetic, Map.of(), Map.of(), instances, Map.of(), List.of(),
                    List.of()));
        });
        return out;
    }

    /** The values the plan marks sensitive, by the plan lines they are written on. */
    static Map<Integer, List<String>> secretsByLine(Plan plan) {
        Map<Integer, List<String>> out = new java.util.HashMap<>();
        for (ResourceChange change : plan.resourceChanges()) collectSecrets(change.after(), false, out);
        return out;
    }

    private static void collectSecrets(Value v, boolean inherited, Map<Integer, List<String>> out) {
        boolean sensitive = inherited || v.isSensitive();
        if (sensitive && v.string().isPresent() && v.origin().isPresent()) {
            Span at = v.origin().get().span();
            for (int line = at.line(); line <= at.endLine(); line++) {
                out.computeIfAbsent(line, k -> new ArrayList<>()).add(v.string().get());
            }
        } else if (v.isKnown() && v.isList()) {
            v.items().forEach(item -> collectSecrets(item, sensitive, out));
        } else if (v.isKnown() && v.isMap()) {
            v.entries().values().forEach(item -> collectSecrets(item, sensitive, out));
        }
    }

    private record Content(Map<String, EvaluatedAttribute> attributes, List<EvaluatedBlock> blocks) {
    }

    private static Content content(Value object, Span fallback, SourceFile file) {
        Map<String, EvaluatedAttribute> attributes = new LinkedHashMap<>();
        List<EvaluatedBlock> blocks = new ArrayList<>();
        if (!object.isKnown() || !object.isMap()) return new Content(attributes, blocks);
        object.entries().forEach((name, value) -> {
            if (value.isNull()) return; // not set: the provider's default, as if not written
            Span at = value.origin().map(o -> o.span()).orElse(fallback);
            if (isBlockList(value)) {
                for (Value item : value.items()) {
                    Span itemAt = item.origin().map(o -> o.span()).orElse(at);
                    Content nested = content(item, firstLine(itemAt), file);
                    Block b = new Block(name, firstLine(itemAt), List.of(), new Body(List.of(), itemAt), itemAt,
                            itemAt, itemAt);
                    blocks.add(new EvaluatedBlock(name, List.of(), new Located<>(b, file), nested.attributes(),
                            nested.blocks(), Optional.empty()));
                }
                return;
            }
            Attribute attribute = new Attribute(name, at, new Expression.NullLiteral(at), at);
            attributes.put(name, new EvaluatedAttribute(name, value, new Located<>(attribute, file)));
        });
        return new Content(attributes, blocks);
    }

    private static boolean isBlockList(Value v) {
        return v.isKnown() && v.isList() && !v.items().isEmpty() && v.items().stream().allMatch(i -> i.isKnown() && i.isMap());
    }

    private static Span firstLine(Span span) {
        return Span.of(span.line(), span.column(), span.line(), span.column() + 1);
    }
}
