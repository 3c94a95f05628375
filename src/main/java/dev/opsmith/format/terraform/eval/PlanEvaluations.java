package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.module.ModuleGraph;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.plan.ModuleStep;
import dev.opsmith.format.terraform.plan.Plan;
import dev.opsmith.format.terraform.plan.ResourceChange;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan's planned values seen through the configuration in the scan. The plan JSON has addresses and values but
 * no file or line; the configuration has lines but only what a scan can evaluate. Joined by address, each resource
 * instance of the plan becomes an instance of the module folder that declares it, whose attributes are the
 * attributes the configuration writes, with the plan's values ({@code after}, where what is known only after
 * apply stays unknown and sensitive values are marked). Rules then judge them like any other evaluation and point
 * at the configuration's lines.
 */
final class PlanEvaluations {

    private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider");
    private static final Set<String> NOT_CONTENT = Set.of("lifecycle", "provisioner", "connection");

    /** The evaluations a plan adds, by module folder, and what could not be placed. */
    record Result(Map<String, List<ScannedModules.Evaluation>> evaluations, List<dev.opsmith.core.Notice> notes) {
    }

    private PlanEvaluations() {
    }

    /**
     * @param planPath the plan file as reports show it
     * @param modules  the scanned modules by folder
     * @param roots    the root module folders
     */
    static Result of(String planPath, Plan plan, Map<String, TerraformModule> modules, Set<String> roots,
                     ModuleGraph graph, Map<String, List<ScannedModules.Evaluation>> configured) {
        Map<String, List<ScannedModules.Evaluation>> out = new TreeMap<>();
        List<dev.opsmith.core.Notice> notes = new ArrayList<>();
        Optional<String> root = rootOf(planPath, plan, modules, roots);
        if (root.isEmpty()) {
            // the configuration is elsewhere: the plan is judged on its own, findings point into it
            int slash = planPath.lastIndexOf('/');
            String dir = slash < 0 ? "" : planPath.substring(0, slash);
            ScannedModules.PlanSource source = new ScannedModules.PlanSource(planPath, true,
                    PlanOnlyModules.secretsByLine(plan));
            PlanOnlyModules.of(dev.opsmith.core.SourceFile.of(planPath, ""), dir, plan).forEach((module, evaluated) ->
                    out.computeIfAbsent(dir, k -> new ArrayList<>())
                            .add(new ScannedModules.Evaluation(evaluated, module, Optional.empty(), Optional.of(source))));
            return new Result(out, notes);
        }
        Map<String, List<ResourceInstance>> byModule = new LinkedHashMap<>();
        Map<String, String> dirs = new LinkedHashMap<>();
        int unplaced = 0;
        for (ResourceChange change : plan.resourceChanges()) {
            if (!change.hasPlannedObject()) continue;
            Optional<String> dir = dirOf(root.get(), change.address().modulePath(), modules, graph);
            Optional<ModuleBlock> block = dir.map(modules::get)
                    .flatMap(m -> m.block(change.address().localAddress()));
            if (block.isEmpty()) {
                unplaced++;
                continue;
            }
            String module = change.moduleAddress();
            dirs.put(module, dir.get());
            Optional<ResourceInstance> evaluated = configuredInstance(configured.get(dir.get()), root.get(), module,
                    change);
            byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(instance(change, block.get(), evaluated));
        }
        if (unplaced > 0) {
            notes.add(new dev.opsmith.core.Notice(planPath, unplaced + " planned resource"
                    + (unplaced == 1 ? " is" : "s are") + " not in the scanned configuration (a remote module, or a configuration changed since the "
                    + "plan), so " + (unplaced == 1 ? "it was" : "they were") + " not checked"));
        }
        ScannedModules.PlanSource source = new ScannedModules.PlanSource(planPath, false, Map.of());
        byModule.forEach((module, instances) -> {
            String dir = dirs.get(module);
            EvaluatedModule evaluated = new EvaluatedModule(modules.get(dir), Map.of(), Map.of(), instances, Map.of(),
                    List.of(), List.of());
            String context = "plan " + planPath + (module.isEmpty() ? "" : ": " + module);
            out.computeIfAbsent(dir, k -> new ArrayList<>())
                    .add(new ScannedModules.Evaluation(evaluated, context, Optional.empty(), Optional.of(source)));
        });
        return new Result(out, notes);
    }

    /**
     * The root module the plan was made from: the plan's own folder when it is a root declaring the plan's root
     * resources, else the one root that declares all of them.
     */
    private static Optional<String> rootOf(String planPath, Plan plan, Map<String, TerraformModule> modules,
                                           Set<String> roots) {
        List<String> addresses = plan.resourceChanges().stream().filter(c -> c.address().inRootModule())
                .map(c -> c.address().localAddress()).distinct().toList();
        int slash = planPath.lastIndexOf('/');
        String own = slash < 0 ? "" : planPath.substring(0, slash);
        List<String> candidates = new ArrayList<>();
        if (roots.contains(own)) candidates.add(own);
        roots.stream().filter(r -> !r.equals(own)).forEach(candidates::add);
        for (String candidate : candidates) {
            TerraformModule module = modules.get(candidate);
            if (module == null) continue;
            boolean all = addresses.stream().allMatch(a -> module.block(a).isPresent());
            if (all && (!addresses.isEmpty() || candidate.equals(own))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The folder of the module at a module path, following local module sources from the root. */
    private static Optional<String> dirOf(String root, List<ModuleStep> path, Map<String, TerraformModule> modules,
                                          ModuleGraph graph) {
        String dir = root;
        for (ModuleStep step : path) {
            String current = dir;
            Optional<String> next = graph.calls(current).stream()
                    .filter(c -> c.block().address().equals("module." + step.name()))
                    .findFirst().flatMap(ModuleGraph.Call::localDir);
            if (next.isEmpty() || !modules.containsKey(next.get())) return Optional.empty();
            dir = next.get();
        }
        return Optional.of(dir);
    }

    /** The evaluator's key for a planned instance's key. */
    static InstanceKey key(ResourceChange change) {
        return change.key().map(k -> k instanceof dev.opsmith.format.terraform.plan.InstanceKey.Index i
                ? (InstanceKey) new InstanceKey.Index(i.value())
                : new InstanceKey.Key(((dev.opsmith.format.terraform.plan.InstanceKey.Name) k).value()))
                .orElse(InstanceKey.NONE);
    }

    /**
     * The same instance as the configuration's own evaluation sees it (the root's, or the module call's with the
     * same path), whose values keep what they refer to: a split resource's {@code bucket} that the plan only knows
     * after apply is still {@code aws_s3_bucket.logs.id} there.
     */
    private static Optional<ResourceInstance> configuredInstance(List<ScannedModules.Evaluation> evaluations,
                                                                 String root, String module, ResourceChange change) {
        if (evaluations == null) return Optional.empty();
        String context = module.isEmpty() ? "" : root + ": " + module;
        String address = change.address().toString().substring(module.isEmpty() ? 0 : module.length() + 1);
        return evaluations.stream().filter(e -> e.context().equals(context)).findFirst()
                .flatMap(e -> e.module().instance(address));
    }

    /** The plan's value where it knows it, else what the configuration's evaluation says. */
    private static Value prefer(Value planned, Optional<EvaluatedAttribute> configured) {
        if (planned.isKnown() || configured.isEmpty()) return planned;
        Value fallback = configured.get().value();
        return fallback.isKnown() || !fallback.unknownReasons().isEmpty() ? fallback : planned;
    }

    private static ResourceInstance instance(ResourceChange change, ModuleBlock block,
                                             Optional<ResourceInstance> configured) {
        InstanceKey key = key(change);
        Value after = change.after();
        Map<String, EvaluatedAttribute> attributes = new LinkedHashMap<>();
        block.attributes().forEach((name, attribute) -> {
            if (!META_ARGUMENTS.contains(name)) {
                attributes.put(name, new EvaluatedAttribute(name,
                        prefer(after.get(name), configured.flatMap(c -> c.attribute(name))), attribute));
            }
        });
        List<EvaluatedBlock> blocks = nested(block.blocks(), after);
        return new ResourceInstance(block.address() + key.suffix(), block, key, attributes, blocks);
    }

    /** Nested blocks written in the configuration, paired in order with the plan's blocks of their type. */
    private static List<EvaluatedBlock> nested(List<Located<Block>> written, Value parent) {
        List<EvaluatedBlock> out = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (Located<Block> located : written) {
            Block b = located.node();
            if (NOT_CONTENT.contains(b.type())) continue;
            boolean dynamic = b.type().equals("dynamic") && !b.labels().isEmpty();
            String type = dynamic ? b.labels().get(0).value() : b.type();
            List<Value> planned = items(parent.get(type));
            if (dynamic) {
                Optional<Block> content = b.body().blocks("content").stream().findFirst();
                int from = used.getOrDefault(type, 0);
                for (int i = from; i < planned.size(); i++) {
                    out.add(block(type, located, content.map(c -> new Located<>(c, located.file())), planned.get(i)));
                }
                used.put(type, planned.size());
            } else {
                int index = used.getOrDefault(type, 0);
                used.put(type, index + 1);
                Value value = index < planned.size() ? planned.get(index) : Value.absent("not in the plan");
                out.add(block(type, located, Optional.of(located), value));
            }
        }
        return out;
    }

    private static EvaluatedBlock block(String type, Located<Block> source, Optional<Located<Block>> content,
                                        Value planned) {
        Map<String, EvaluatedAttribute> attributes = new LinkedHashMap<>();
        List<Located<Block>> children = new ArrayList<>();
        content.ifPresent(c -> {
            for (Attribute a : c.node().body().attributes()) {
                attributes.put(a.name(), new EvaluatedAttribute(a.name(), planned.get(a.name()),
                        new Located<>(a, c.file())));
            }
            for (Block child : c.node().body().blocks()) children.add(new Located<>(child, c.file()));
        });
        Optional<Value> undecided = planned.isUnknown() ? Optional.of(planned) : Optional.empty();
        List<String> labels = source.node().labels().stream().map(dev.opsmith.format.terraform.hcl.Label::value).toList();
        return new EvaluatedBlock(type, labels, source, attributes, nested(children, planned), undecided);
    }

    /** A planned nested block value: a list of blocks, or one block for a single nested block. */
    private static List<Value> items(Value v) {
        if (v.isKnown() && v.isList()) return v.items();
        if (v.isKnown() && v.isMap()) return List.of(v);
        if (v.isUnknown()) return List.of(v);
        return List.of();
    }
}
