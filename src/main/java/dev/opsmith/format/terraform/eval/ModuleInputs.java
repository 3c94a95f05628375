package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param calls      how module calls are entered ({@link ModuleCalls#NONE}: not at all)
 * @param callStack  the folders of the modules being evaluated further up, outermost first, so that a module
 *                   calling itself (directly or not) is not entered again; the first is the root's folder
 * @param moduleKey  the chain of call names from the root ({@code "app.network"}), "" for the root, as
 *                   {@code .terraform/modules/modules.json} keys installed modules
 */
public record ModuleInputs(Map<String, Value> values, String pathModule, String pathRoot,
                           Optional<String> workspace, FunctionContext functions, ModuleCalls calls,
                           List<String> callStack, String moduleKey) {

    /** Module calls deeper than this are not entered (Terraform has no limit; real configurations stay far below). */
    public static final int MAX_DEPTH = 16;

    public ModuleInputs {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        callStack = List.copyOf(callStack);
    }

    /** A module whose calls are not entered. */
    public ModuleInputs(Map<String, Value> values, String pathModule, String pathRoot, Optional<String> workspace,
                        FunctionContext functions) {
        this(values, pathModule, pathRoot, workspace, functions, ModuleCalls.NONE, List.of(), "");
    }

    /** A root module run from its own folder, with these values and no files readable. */
    public static ModuleInputs root(Map<String, Value> values) {
        return new ModuleInputs(values, ".", ".", Optional.empty(), FunctionContext.NONE);
    }
}
