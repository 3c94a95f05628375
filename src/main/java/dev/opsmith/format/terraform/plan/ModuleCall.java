package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code module} block from the plan's {@code configuration} section.
 *
 * @param address    the call's module path without instance keys, e.g. {@code module.net.module.sg}
 * @param source     the {@code source} as written ({@code ./modules/net}, {@code terraform-aws-modules/vpc/aws})
 * @param version    the {@code version} constraint, when written
 * @param references input name → the references its expression makes (constant inputs have no entry)
 * @param span       the call's JSON object in the plan file
 */
public record ModuleCall(String address, String source, Optional<String> version,
                         Map<String, List<String>> references, Span span) {

    public ModuleCall {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        references = ReferenceMaps.copy(references);
        Objects.requireNonNull(span, "span");
    }
}
