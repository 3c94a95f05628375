package dev.opsmith.format.terraform.module;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A top-level block of a module (resource, data, variable, output, module, provider, terraform, locals, moved,
 * import, removed, check) after Terraform's override files are merged into it: each attribute and nested block
 * keeps the file it came from.
 *
 * @param declaration the block as first declared (its header is where "missing attribute" findings point)
 * @param attributes  by name, in declaration order; an override replaces the attribute of the same name
 * @param blocks      nested blocks in order; an override's nested blocks of a type replace all of that type
 */
public record ModuleBlock(String type, List<String> labels, Located<Block> declaration,
                          Map<String, Located<Attribute>> attributes, List<Located<Block>> blocks) {

    public ModuleBlock {
        labels = List.copyOf(labels);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
    }

    /** {@code resource "aws_s3_bucket" "logs"} → aws_s3_bucket.logs; {@code data} → data.x.y; {@code module "m"} → module.m. */
    public String address() {
        return switch (type) {
            case "resource" -> String.join(".", labels);
            case "data" -> "data." + String.join(".", labels);
            case "module" -> "module." + labels.get(0);
            case "variable" -> "var." + labels.get(0);
            case "output" -> "output." + labels.get(0);
            default -> labels.isEmpty() ? type : type + "." + String.join(".", labels);
        };
    }

    public Optional<Located<Attribute>> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public List<Located<Block>> blocks(String blockType) {
        return blocks.stream().filter(b -> b.node().type().equals(blockType)).toList();
    }

    public SourceFile file() {
        return declaration.file();
    }

    /** The header (type and labels): where findings about the whole block point. */
    public Span header() {
        Block b = declaration.node();
        Span end = b.labels().isEmpty() ? b.typeSpan() : b.labels().get(b.labels().size() - 1).span();
        return b.typeSpan().union(end);
    }
}
