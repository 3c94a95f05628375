package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module after evaluation: every resource and data instance with its attribute values, the input variables,
 * locals and outputs, and what Terraform would have rejected.
 *
 * @param instances resource and data instances, in block order, instances of one block in key order
 * @param calls     the module call instances that were entered, each with its evaluated child
 */
public record EvaluatedModule(TerraformModule module, Map<String, Value> variables, Map<String, Value> locals,
                              List<ResourceInstance> instances, Map<String, Value> outputs,
                              List<EvaluationProblem> problems, List<ModuleCall> calls) {

    public EvaluatedModule {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
        instances = List.copyOf(instances);
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        problems = List.copyOf(problems);
        calls = List.copyOf(calls);
    }

    /** The instances of one resource type ({@code aws_s3_bucket}); data instances are not resources. */
    public List<ResourceInstance> resources(String type) {
        return instances.stream().filter(i -> i.block().type().equals("resource") && i.type().equals(type)).toList();
    }

    /** An instance by address ({@code aws_s3_bucket.logs}, {@code aws_subnet.private[1]}). */
    public Optional<ResourceInstance> instance(String address) {
        return instances.stream().filter(i -> i.address().equals(address)).findFirst();
    }

    /** The instances of one block ({@code aws_subnet.private}). */
    public List<ResourceInstance> instancesOf(String blockAddress) {
        return instances.stream().filter(i -> i.block().address().equals(blockAddress)).toList();
    }
}
