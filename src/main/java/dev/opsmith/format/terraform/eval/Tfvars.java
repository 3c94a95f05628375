package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Variable definition files ({@code .tfvars}, {@code .tfvars.json}) and the order in which Terraform reads values:
 * {@code terraform.tfvars}, then {@code terraform.tfvars.json}, then {@code *.auto.tfvars} and
 * {@code *.auto.tfvars.json} in name order, then files given with {@code -var-file} in the order given, then
 * {@code -var} values; a later source replaces an earlier one's value for the same variable.
 */
public final class Tfvars {

    private Tfvars() {
    }

    /**
     * The values a variable definitions file sets, by name, in file order. They are constants: a reference or a
     * function reading files is an error value (whose origin is where it is written), like Terraform's.
     */
    public static Map<String, Value> read(ConfigFile file) {
        ExpressionEvaluator evaluator = new ExpressionEvaluator(file.source().relativePath(), FunctionContext.NONE);
        Map<String, Value> values = new LinkedHashMap<>();
        for (Attribute attribute : file.body().attributes()) {
            Value v = evaluator.evaluate(attribute.value(), Scope.EMPTY);
            values.put(attribute.name(), v.origin().isPresent() ? v : v.withOrigin(evaluator.origin(attribute.value().span())));
        }
        return values;
    }

    /**
     * Of the file names in a root module folder, those Terraform reads without being asked, in its order.
     */
    public static List<String> automaticFiles(Collection<String> fileNames) {
        List<String> ordered = new ArrayList<>();
        if (fileNames.contains("terraform.tfvars")) ordered.add("terraform.tfvars");
        if (fileNames.contains("terraform.tfvars.json")) ordered.add("terraform.tfvars.json");
        List<String> auto = new ArrayList<>();
        for (String name : fileNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".auto.tfvars") || lower.endsWith(".auto.tfvars.json")) auto.add(name);
        }
        auto.sort(null);
        ordered.addAll(auto);
        return ordered;
    }

    /**
     * Merges value maps given in loading order (automatic files, {@code -var-file} files, {@code -var} values):
     * a later map's value replaces an earlier one's.
     */
    public static Map<String, Value> merge(List<Map<String, Value>> inLoadingOrder) {
        Map<String, Value> merged = new LinkedHashMap<>();
        for (Map<String, Value> values : inLoadingOrder) merged.putAll(values);
        return merged;
    }

    /**
     * All given values in Terraform's order: the automatic files (already in {@link #automaticFiles} order), the
     * {@code -var-file} files in the order given, then the {@code -var NAME=VALUE} options; a later one wins.
     * Options without {@code =} are skipped: the command line rejects them before evaluation.
     */
    public static Map<String, Value> values(List<ConfigFile> automatic, List<ConfigFile> varFiles, List<String> varOptions) {
        List<Map<String, Value>> inOrder = new ArrayList<>();
        for (ConfigFile file : automatic) inOrder.add(read(file));
        for (ConfigFile file : varFiles) inOrder.add(read(file));
        Map<String, Value> options = new LinkedHashMap<>();
        for (String option : varOptions) commandLine(option).ifPresent(e -> options.put(e.getKey(), e.getValue()));
        inOrder.add(options);
        return merge(inOrder);
    }

    /**
     * A {@code -var NAME=VALUE} option: the value is a string, as Terraform takes it for variables of a primitive
     * type (a declared number or bool type converts it); complex values belong in a tfvars file.
     *
     * @return the name and value, or empty when the option has no {@code =} or no name
     */
    public static Optional<Map.Entry<String, Value>> commandLine(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) return Optional.empty();
        return Optional.of(Map.entry(assignment.substring(0, eq).trim(), Value.of(assignment.substring(eq + 1))));
    }
}
