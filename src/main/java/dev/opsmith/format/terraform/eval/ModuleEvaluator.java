package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.ErrorValue;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Evaluates one module (a root, or a child on its own) as Terraform would at plan time: input variables from the
 * given values or their defaults, converted to their types; locals and resources on demand, in dependency order,
 * with reference cycles reported; {@code count}/{@code for_each} expanded into instances; and {@code dynamic}
 * blocks expanded. Everything a scan cannot know stays unknown with its reason. Module calls are entered when
 * {@link ModuleInputs#calls()} finds their source: the child is evaluated with the arguments of each instance of
 * the call, and its outputs are what {@code module.NAME.OUTPUT} refers to; otherwise those outputs are unknown.
 */
public final class ModuleEvaluator {

    private static final Set<String> ROOTS_OF_THEIR_OWN = Set.of("var", "local", "each", "count", "path",
            "terraform", "data", "module", "self");

    private final TerraformModule module;
    private final ModuleInputs inputs;
    private final Map<String, ModuleBlock> blocksByAddress = new HashMap<>();
    private final Map<String, SourceFile> filesByPath = new HashMap<>();
    private final Map<String, ExpressionEvaluator> evaluators = new HashMap<>();
    private final Map<String, Value> variables = new LinkedHashMap<>();
    private final Map<String, Value> locals = new LinkedHashMap<>();
    private final Map<String, InstanceExpansion.Result> blockResults = new HashMap<>();
    private final Map<Value, String> instanceAddresses = new IdentityHashMap<>();
    private final LinkedHashMap<String, Located<Span>> inProgress = new LinkedHashMap<>();
    private final Set<String> cyclic = new HashSet<>();
    private final Set<Set<String>> reportedCycles = new HashSet<>();
    private final Set<String> reportedErrors = new HashSet<>();
    /** Messages of the error values that stand for cycle members: the cycle itself is the one problem reported. */
    private final Set<String> cycleMessages = new HashSet<>();
    private final List<EvaluationProblem> problems = new ArrayList<>();
    private final List<ModuleCall> calls = new ArrayList<>();

    private ModuleEvaluator(TerraformModule module, ModuleInputs inputs) {
        this.module = module;
        this.inputs = inputs;
        for (ModuleBlock block : module.blocks()) {
            if (referable(block)) blocksByAddress.putIfAbsent(block.address(), block);
        }
        for (ConfigFile file : module.files()) filesByPath.put(file.source().relativePath(), file.source());
    }

    /** Evaluates {@code module} with {@code inputs}. Never throws: what fails is an error value and a problem. */
    public static EvaluatedModule evaluate(TerraformModule module, ModuleInputs inputs) {
        return new ModuleEvaluator(module, inputs).run();
    }

    /**
     * Whether a resource, data, module, variable or output block has the labels its kind needs; the parser accepts
     * any number, Terraform does not, and a malformed block cannot be referred to.
     */
    private static boolean referable(ModuleBlock block) {
        return switch (block.type()) {
            case "resource", "data" -> block.labels().size() == 2;
            case "module", "variable", "output" -> block.labels().size() == 1;
            default -> false;
        };
    }

    private List<ModuleBlock> wellFormed(String type) {
        List<ModuleBlock> out = new ArrayList<>();
        for (ModuleBlock block : module.blocks(type)) {
            if (referable(block)) {
                out.add(block);
            } else {
                int needed = type.equals("resource") || type.equals("data") ? 2 : 1;
                problem("Invalid " + type + " block: it needs " + needed + (needed == 1 ? " label" : " labels")
                        + ", found " + block.labels().size(), new Located<>(block.header(), block.file()), List.of());
            }
        }
        return out;
    }

    private EvaluatedModule run() {
        VariableEvaluation variableEvaluation = new VariableEvaluation(this);
        List<ModuleBlock> declarations = wellFormed("variable");
        variableEvaluation.evaluateAll(declarations, inputs.values(), variables);
        variableEvaluation.validateAll(declarations, topScope());
        List<ModuleBlock> moduleCalls = wellFormed("module");
        for (String name : module.locals().keySet()) local(name);
        for (ModuleBlock call : moduleCalls) blockResult(call);
        List<ResourceInstance> instances = new ArrayList<>();
        Set<ModuleBlock> resources = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        resources.addAll(wellFormed("resource"));
        resources.addAll(wellFormed("data"));
        for (ModuleBlock block : module.blocks()) {
            if (resources.contains(block)) instances.addAll(blockResult(block).instances());
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        for (ModuleBlock output : wellFormed("output")) {
            Optional<Located<Attribute>> value = output.attribute("value");
            if (value.isEmpty()) {
                problem("Missing required argument: output \"" + output.labels().get(0) + "\" needs a value",
                        new Located<>(output.header(), output.file()), List.of());
                continue;
            }
            Value v = evaluate(value.get(), topScope());
            if (output.attribute("sensitive").map(a -> evaluate(a, Scope.EMPTY).isTrue()).orElse(false)) {
                v = v.markSensitive();
            } else if (v.isSensitive() || !v.sensitiveStrings().isEmpty()) {
                // Terraform refuses to plan this, so the value is not shown and the output must say it is secret
                problem("Output refers to sensitive values: output \"" + output.labels().get(0)
                        + "\" needs sensitive = true", new Located<>(value.get().node().value().span(), value.get().file()),
                        List.of());
                v = v.markSensitive();
            }
            outputs.put(output.labels().get(0), v);
        }
        return new EvaluatedModule(module, variables, locals, instances, outputs, problems, calls);
    }

    // ---- shared services for the parts ----

    ExpressionEvaluator evaluator(SourceFile file) {
        return evaluators.computeIfAbsent(file.relativePath(), p -> new ExpressionEvaluator(p, inputs.functions()));
    }

    /** Evaluates an attribute and reports it when it fails. */
    Value evaluate(Located<Attribute> attribute, Scope scope) {
        Value v = evaluator(attribute.file()).evaluate(attribute.node().value(), scope);
        reportIfError(v, new Located<>(attribute.node().value().span(), attribute.file()));
        return v;
    }

    Scope topScope() {
        return new ModuleScope(this, InstanceBinding.NONE);
    }

    /** Reports an error value once, where it arose (its origin) when that is in this module. */
    void reportIfError(Value v, Located<Span> fallback) {
        if (!(v instanceof ErrorValue error) || cycleMessages.contains(error.message())) return;
        Located<Span> where = v.origin()
                .flatMap(o -> Optional.ofNullable(filesByPath.get(o.file())).map(f -> new Located<>(o.span(), f)))
                .orElse(fallback);
        // one problem per error where it arose, however many attributes refer to it
        String key = error.message() + "@" + v.origin().map(Object::toString)
                .orElse(where.file().relativePath() + ":" + where.node());
        if (reportedErrors.add(key)) problem(error.message(), where, List.of());
    }

    /** Records an error value as reported, for errors whose problem was worded by the caller. */
    void markReported(Value error) {
        if (error instanceof ErrorValue e) reportedErrors.add(e.message() + "@" + error.origin().map(Object::toString).orElse(""));
    }

    void problem(String message, Located<Span> where, List<Located<Span>> related) {
        problems.add(new EvaluationProblem(message, where, related));
    }

    ModuleInputs inputs() {
        return inputs;
    }

    void registerInstance(Value object, String address) {
        instanceAddresses.put(object, address);
    }

    Optional<String> instanceAddress(Value object) {
        return Optional.ofNullable(instanceAddresses.get(object));
    }

    Optional<ModuleBlock> block(String address) {
        return Optional.ofNullable(blocksByAddress.get(address));
    }

    Map<String, Value> variables() {
        return variables;
    }

    // ---- module calls ----

    /**
     * Enters one instance of a module call: the child module is evaluated with the instance's arguments and the
     * value of the instance is the object of the child's outputs. A source that cannot be entered (remote and not
     * installed, outside the scan, or a module calling itself) gives unknown outputs that say why.
     */
    Value enterCall(ModuleBlock block, ResourceInstance arguments) {
        String name = block.labels().get(0);
        Optional<Located<Attribute>> sourceAttribute = block.attribute("source");
        if (sourceAttribute.isEmpty()) {
            problem("Missing required argument: module \"" + name + "\" needs a source",
                    new Located<>(block.header(), block.file()), List.of());
            return Value.error("module \"" + name + "\" has no source");
        }
        Value source = evaluate(sourceAttribute.get(), Scope.EMPTY);
        if (source.string().isEmpty()) {
            return Value.unknown(arguments.address() + " has a source that is not a literal string, which Terraform "
                    + "does not accept");
        }
        String key = inputs.moduleKey().isEmpty() ? name : inputs.moduleKey() + "." + name;
        Optional<ModuleCalls.Callee> callee = inputs.calls().resolve(module.dir(), key, source.string().get());
        if (callee.isEmpty()) {
            return Value.unknown(arguments.address() + " comes from \"" + source.string().get() + "\", which the "
                    + "scan does not enter (remote modules are never downloaded; run terraform init to use an "
                    + "installed copy)");
        }
        if (inputs.callStack().contains(callee.get().dir()) || inputs.callStack().size() >= ModuleInputs.MAX_DEPTH) {
            problem("Module " + arguments.address() + " calls " + callee.get().dir() + ", which is already being "
                    + "evaluated further up: modules cannot call themselves", new Located<>(block.header(), block.file()),
                    List.of());
            return Value.error("module call cycle through " + callee.get().dir());
        }
        Map<String, Value> given = new LinkedHashMap<>();
        arguments.attributes().forEach((argument, value) -> given.put(argument, value.value()));
        List<String> stack = new ArrayList<>(inputs.callStack());
        stack.add(callee.get().dir());
        ModuleInputs childInputs = new ModuleInputs(given, relativeToRoot(stack.get(0), callee.get().dir()),
                inputs.pathRoot(), inputs.workspace(), inputs.functions(), inputs.calls(), stack, key);
        EvaluatedModule child = evaluate(callee.get().module(), childInputs);
        calls.add(new ModuleCall(arguments.address(), block, arguments.key(), arguments, callee.get().dir(), child));
        return Value.map(child.outputs());
    }

    /** {@code path.module} of a child: its folder as seen from the root module's folder, where Terraform runs. */
    private static String relativeToRoot(String rootDir, String dir) {
        java.nio.file.Path root = java.nio.file.Path.of(rootDir.isEmpty() ? "." : rootDir);
        java.nio.file.Path target = java.nio.file.Path.of(dir.isEmpty() ? "." : dir);
        String relative = root.normalize().relativize(target.normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    // ---- on-demand values with cycle detection ----

    /** The value of {@code local.name}, evaluated on first use. */
    Value local(String name) {
        Value known = locals.get(name);
        if (known != null) return known;
        Located<Attribute> attribute = module.locals().get(name);
        if (attribute == null) return Value.error("Reference to undeclared local value: no local named \"" + name + "\"");
        String key = "local." + name;
        Value v = guarded(key, new Located<>(attribute.node().span(), attribute.file()),
                () -> evaluate(attribute, topScope()), Function.identity());
        locals.put(name, v);
        return v;
    }

    /** The instances and reference value of a resource or data block, evaluated on first use. */
    InstanceExpansion.Result blockResult(ModuleBlock block) {
        InstanceExpansion.Result known = blockResults.get(block.address());
        if (known != null) return known;
        InstanceExpansion.Result result = guarded(block.address(), new Located<>(block.header(), block.file()),
                () -> new InstanceExpansion(this, block).expand(),
                error -> new InstanceExpansion.Result(error, List.of()));
        blockResults.put(block.address(), result);
        return result;
    }

    /**
     * Runs {@code work} for {@code key} unless {@code key} is already being evaluated further up, which is a
     * reference cycle: reported once with every member's place, and every member's value becomes an error.
     */
    private <T> T guarded(String key, Located<Span> where, Supplier<T> work, Function<Value, T> onCycle) {
        if (inProgress.containsKey(key)) return onCycle.apply(cycle(key));
        inProgress.put(key, where);
        T result;
        try {
            result = work.get();
        } finally {
            inProgress.remove(key);
        }
        if (cyclic.contains(key)) {
            String message = "Cycle: " + key + " depends on itself";
            cycleMessages.add(message);
            return onCycle.apply(Value.error(message)
                    .withOrigin(new dev.opsmith.format.terraform.value.Origin(where.file().relativePath(), where.node())));
        }
        return result;
    }

    private Value cycle(String key) {
        List<String> members = new ArrayList<>();
        List<Located<Span>> places = new ArrayList<>();
        boolean inCycle = false;
        for (Map.Entry<String, Located<Span>> entry : inProgress.entrySet()) {
            inCycle |= entry.getKey().equals(key);
            if (inCycle) {
                members.add(entry.getKey());
                places.add(entry.getValue());
            }
        }
        cyclic.addAll(members);
        String path = String.join(" → ", members) + " → " + key;
        if (reportedCycles.add(Set.copyOf(members))) {
            problem("Cycle: " + path + "; break the cycle by computing one of these values without the others",
                    places.get(0), places.subList(1, places.size()));
        }
        cycleMessages.add("Cycle: " + path);
        return Value.error("Cycle: " + path);
    }
}
