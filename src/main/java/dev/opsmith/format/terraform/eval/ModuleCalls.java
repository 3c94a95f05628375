package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.module.TerraformModule;

import java.util.Optional;

/**
 * How a module call's {@code source} is found, so the evaluator can enter the child module with the caller's
 * inputs. Sources are never fetched: a local path names a folder of the scan, a remote source is entered only when
 * {@code terraform init} already put it in {@code .terraform/modules} (its {@code modules.json} says where).
 */
public interface ModuleCalls {

    /** Calls are not entered: every module output is unknown. */
    ModuleCalls NONE = (caller, key, source) -> Optional.empty();

    /**
     * @param callerDir the calling module's folder, relative to the scan root ("" for the root folder)
     * @param key       the call's key as {@code modules.json} writes it ({@code "database"}, {@code "app.network"})
     * @param source    the call's {@code source}, as written
     * @return the module to enter, or empty when the source cannot be entered (remote and not installed, or not
     *         in the scan)
     */
    Optional<Callee> resolve(String callerDir, String key, String source);

    /**
     * A module to enter. Its file functions read as the root's do: Terraform resolves their relative paths from
     * where it runs, and {@code path.module} gives the child's folder from there.
     *
     * @param dir its folder relative to the scan root
     */
    record Callee(TerraformModule module, String dir) {
    }
}
