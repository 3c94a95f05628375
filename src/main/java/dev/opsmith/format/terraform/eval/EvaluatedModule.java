package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module after evaluation: every resource and data instance with its attribute values, the input variables,
 * locals and outputs, what Terraform would have rejected, and the module calls entered. Instances are indexed by
 * type, address and block, since rules look them up for every resource they judge (a plan may hold 100,000).
 */
public final class EvaluatedModule {
    private final TerraformModule module;
    private final Map<String, Value> variables;
    private final Map<String, Value> locals;
    private final List<ResourceInstance> instances;
    private final Map<String, Value> outputs;
    private final List<EvaluationProblem> problems;
    private final List<ModuleCall> calls;
    private final Map<String, List<ResourceInstance>> resourcesByType = new HashMap<>();
    private final Map<String, ResourceInstance> byAddress = new HashMap<>();
    private final Map<String, List<ResourceInstance>> byBlock = new HashMap<>();

    /**
     * @param instances resource and data instances, in block order, instances of one block in key order
     * @param calls     the module call instances that were entered, each with its evaluated child
     */
    public EvaluatedModule(TerraformModule module, Map<String, Value> variables, Map<String, Value> locals,
                           List<ResourceInstance> instances, Map<String, Value> outputs,
                           List<EvaluationProblem> problems, List<ModuleCall> calls) {
        this.module = module;
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
        this.instances = List.copyOf(instances);
        this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        this.problems = List.copyOf(problems);
        this.calls = List.copyOf(calls);
        for (ResourceInstance i : this.instances) {
            if (i.block().type().equals("resource")) {
                resourcesByType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i);
            }
            byAddress.putIfAbsent(i.address(), i);
            byBlock.computeIfAbsent(i.block().address(), k -> new ArrayList<>()).add(i);
        }
    }

    public TerraformModule module() {
        return module;
    }

    public Map<String, Value> variables() {
        return variables;
    }

    public Map<String, Value> locals() {
        return locals;
    }

    public List<ResourceInstance> instances() {
        return instances;
    }

    public Map<String, Value> outputs() {
        return outputs;
    }

    public List<EvaluationProblem> problems() {
        return problems;
    }

    public List<ModuleCall> calls() {
        return calls;
    }

    /** The instances of one resource type ({@code aws_s3_bucket}); data instances are not resources. */
    public List<ResourceInstance> resources(String type) {
        return Collections.unmodifiableList(resourcesByType.getOrDefault(type, List.of()));
    }

    /** An instance by address ({@code aws_s3_bucket.logs}, {@code aws_subnet.private[1]}). */
    public Optional<ResourceInstance> instance(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** The instances of one block ({@code aws_subnet.private}). */
    public List<ResourceInstance> instancesOf(String blockAddress) {
        return Collections.unmodifiableList(byBlock.getOrDefault(blockAddress, List.of()));
    }
}
