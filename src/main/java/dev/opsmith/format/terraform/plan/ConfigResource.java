package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource block as the plan's {@code configuration} section describes it: its address (module path without
 * instance keys, no resource key) and, for each attribute, the references its expression makes. The section has
 * no file or line of the configuration, so these references are what links resources the plan cannot resolve
 * before apply (for instance an encryption configuration to its bucket through {@code aws_s3_bucket.logs.id}).
 *
 * @param address    the block's address, e.g. {@code module.net.aws_security_group.this}
 * @param references attribute path → references, in configuration order. Attributes of nested blocks are
 *                   joined with dots without indexes ({@code rule.apply_server_side_encryption_by_default.kms_master_key_id});
 *                   {@code count} and {@code for_each} hold the references of those meta-arguments. Attributes
 *                   written as constants have no entry.
 * @param span       the block's JSON object in the plan file
 */
public record ConfigResource(ResourceAddress address, Map<String, List<String>> references, Span span) {

    public ConfigResource {
        Objects.requireNonNull(address, "address");
        references = ReferenceMaps.copy(references);
        Objects.requireNonNull(span, "span");
    }

    /** The references of one attribute; empty when it has none or is not written. */
    public List<String> references(String attributePath) {
        return references.getOrDefault(attributePath, List.of());
    }
}
