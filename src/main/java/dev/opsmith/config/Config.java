package dev.opsmith.config;

import dev.opsmith.core.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code .opsmith.yaml}; absent settings are null or empty so that the command line can be
 * layered over it and defaults under it.
 *
 * @param source       the file, as shown in messages ({@code null} when there is none)
 * @param ruleSettings per rule id, its settings ({@code trusted-registries: [...]})
 * @param sizeLimits   {@code max-file-size} and per-format limits in bytes
 * @param schemaDir    {@code kubernetes.schema-dir} as written (relative to the configuration file's folder)
 * @param locations    {@code file:line:col} of each rule id given, keyed by id, for later validation messages
 * @param terraformVarFiles {@code terraform.var-files}: per root module folder (relative to the configuration
 *                     file's folder), the variable files to read as {@code -var-file} would (relative to that root)
 */
public record Config(
        String source,
        Severity failOn,
        Severity severityThreshold,
        List<String> exclude,
        List<String> disable,
        List<String> enable,
        Map<String, Severity> severityOverrides,
        Map<String, Map<String, List<String>>> ruleSettings,
        Map<String, Long> sizeLimits,
        String shellcheck,
        String kubeVersion,
        String pssProfile,
        String schemaDir,
        Boolean hadolintPragmas,
        String hadolintConfig,
        Map<String, String> locations,
        Map<String, List<String>> terraformVarFiles) {

    public static final Config EMPTY = new Config(null, null, null, List.of(), List.of(), List.of(), Map.of(),
            Map.of(), Map.of(), null, null, null, null, null, null, Map.of(), Map.of());

    public Optional<String> where(String ruleId) {
        return Optional.ofNullable(locations.get(ruleId));
    }
}
