package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a module is evaluated with.
 *
 * @param values     input variable values by name (from tfvars files and {@code -var}, already merged in
 *                   Terraform's order, see {@link Tfvars}); variables not here take their default or are unknown
 * @param pathModule {@code path.module}: the module folder as Terraform shows it ({@code "."} for a root)
 * @param pathRoot   {@code path.root}: the root module folder relative to where Terraform runs ({@code "."})
 * @param workspace  {@code terraform.workspace} when known; unknown otherwise, since it depends on the workspace
 *                   selected when Terraform runs
 * @param functions  what file functions may read
 */
public record ModuleInputs(Map<String, Value> values, String pathModule, String pathRoot,
                           Optional<String> workspace, FunctionContext functions) {

    public ModuleInputs {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A root module run from its own folder, with these values and no files readable. */
    public static ModuleInputs root(Map<String, Value> values) {
        return new ModuleInputs(values, ".", ".", Optional.empty(), FunctionContext.NONE);
    }
}
