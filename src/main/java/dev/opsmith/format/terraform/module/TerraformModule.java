package dev.opsmith.format.terraform.module;

import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.ConfigFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform module: every configuration file of one folder ({@code .tf}, {@code .tf.json}, {@code .tofu}), with
 * override files merged in as Terraform merges them (see {@link ModuleLoader}). Blocks keep their files, so a finding
 * on a value an override file set points into the override file.
 *
 * @param dir      the folder relative to the scan root ("" for the root)
 * @param files    the parsed files, primary files then override files, each in name order
 * @param blocks   top-level blocks other than {@code locals}, in file order
 * @param locals   every local value by name (each {@code locals} attribute; an override replaces one name)
 * @param problems what Terraform would reject when loading the module (duplicates, overrides without an original)
 */
public record TerraformModule(String dir, List<ConfigFile> files, List<ModuleBlock> blocks,
                              Map<String, Located<Attribute>> locals, List<Problem> problems) {

    /** A module-level error, at a node of a file. */
    public record Problem(String message, Located<dev.opsmith.core.Span> where) {
    }

    public TerraformModule {
        files = List.copyOf(files);
        blocks = List.copyOf(blocks);
        locals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locals));
        problems = List.copyOf(problems);
    }

    public List<ModuleBlock> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    public List<ModuleBlock> resources() {
        return blocks("resource");
    }

    /** Resources of one type ({@code aws_s3_bucket}). */
    public List<ModuleBlock> resources(String type) {
        return resources().stream().filter(b -> b.labels().get(0).equals(type)).toList();
    }

    /** A block by its address ({@code aws_s3_bucket.logs}, {@code data.aws_iam_policy_document.x}, {@code module.net}, {@code var.region}). */
    public Optional<ModuleBlock> block(String address) {
        return blocks.stream().filter(b -> b.address().equals(address)).findFirst();
    }

    public List<ModuleBlock> variables() {
        return blocks("variable");
    }

    public List<ModuleBlock> moduleCalls() {
        return blocks("module");
    }
}
