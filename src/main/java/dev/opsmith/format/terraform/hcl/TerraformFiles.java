package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;

import java.util.Locale;
import java.util.Optional;

/**
 * Which syntax a Terraform or OpenTofu file is written in, decided by its name, and the parser for it:
 * {@code .tf}, {@code .tofu}, {@code .tfvars} (also {@code .auto.tfvars}) are native syntax; {@code .tf.json} and
 * {@code .tofu.json} are JSON with Terraform's block structure; {@code .tfvars.json} is JSON holding only
 * attributes.
 */
public final class TerraformFiles {

    /** The kinds of file, by what their top-level body holds. */
    public enum Kind {
        /** A configuration file: blocks such as {@code resource} and {@code variable}. */
        CONFIGURATION,
        /** A variable definitions file: attributes only. */
        VARIABLES
    }

    private TerraformFiles() {
    }

    /** The kind of a file by its name, or empty when it is not a Terraform file. */
    public static Optional<Kind> kind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tf") || name.endsWith(".tofu") || name.endsWith(".tf.json")
                || name.endsWith(".tofu.json")) {
            return Optional.of(Kind.CONFIGURATION);
        }
        if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) return Optional.of(Kind.VARIABLES);
        return Optional.empty();
    }

    /** Parses a file in the syntax its name says; names that are not Terraform files are read as native syntax. */
    public static ConfigFile parse(SourceFile file) throws HclParseException {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) return HclParser.parse(file);
        boolean variables = kind(name).orElse(Kind.CONFIGURATION) == Kind.VARIABLES;
        return HclJsonParser.parse(file, variables ? JsonBlockSchema.ATTRIBUTES_ONLY : JsonBlockSchema.TERRAFORM);
    }
}
