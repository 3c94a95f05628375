package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.ConfigFile;

import java.util.List;
import java.util.Map;

/**
 * Input values a scan gives root modules besides the files Terraform reads on its own ({@code terraform.tfvars},
 * {@code *.auto.tfvars}): what {@code -var-file} and {@code -var} would give.
 *
 * @param byRoot   variable files per root module folder (from the configuration: {@code envs/prod} →
 *                 {@code prod.tfvars}), applied before {@code varFiles}
 * @param varFiles variable files given for every root ({@code --tf-vars FILE}), in the order given
 * @param vars     {@code NAME=VALUE} assignments for every root ({@code --tf-var}), applied last
 */
public record VariableSources(Map<String, List<ConfigFile>> byRoot, List<ConfigFile> varFiles, List<String> vars) {
    public static final VariableSources NONE = new VariableSources(Map.of(), List.of(), List.of());

    public VariableSources {
        byRoot = Map.copyOf(byRoot);
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
    }
}
