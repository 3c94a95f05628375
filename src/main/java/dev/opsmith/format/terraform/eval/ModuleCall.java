package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.module.ModuleBlock;

/**
 * One instance of a {@code module} block that the evaluator entered: the call, which instance, the inputs it gave
 * ({@code arguments}, evaluated in the caller) and the child module evaluated with them.
 *
 * @param address the instance address in the caller ({@code module.database}, {@code module.tenant["acme"]})
 */
public record ModuleCall(String address, ModuleBlock block, InstanceKey key, ResourceInstance arguments,
                         String dir, EvaluatedModule child) {
}
