package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * A node of a YAML document with its exact span. Navigation never returns null: {@link #get(String)} on a
 * missing key or on a node that is not a mapping answers a {@link YamlMissing} that says which, so rules
 * read like paths: {@code pod.path("spec", "securityContext", "runAsNonRoot").bool()}.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar, YamlMissing {

    /** Where the node is; for a missing node, where its nearest present parent is. */
    Span span();

    /** JSON pointer of the node in its document ({@code /spec/template/spec/containers/0}). */
    String pointer();

    default boolean present() {
        return !(this instanceof YamlMissing);
    }

    /** The value under {@code key} of a mapping; missing when absent or when this is not a mapping. */
    default YamlNode get(String key) {
        return new YamlMissing(pointer() + "/" + YamlPointers.escape(key), span(),
                present() ? YamlMissing.Reason.NOT_A_MAPPING : YamlMissing.Reason.ABSENT);
    }

    /** The item at {@code index} of a sequence; missing otherwise. */
    default YamlNode get(int index) {
        return new YamlMissing(pointer() + "/" + index, span(),
                present() ? YamlMissing.Reason.NOT_A_SEQUENCE : YamlMissing.Reason.ABSENT);
    }

    /** Follows keys (strings) and indexes (integers) in turn. */
    default YamlNode path(Object... steps) {
        YamlNode node = this;
        for (Object step : steps) {
            node = step instanceof Integer i ? node.get(i) : node.get(String.valueOf(step));
        }
        return node;
    }

    /** A scalar's text as written (without quotes); empty for other nodes and for null. */
    default Optional<String> text() {
        return Optional.empty();
    }

    /** A scalar resolved as a boolean by the document's schema ({@code yes}/{@code on} in YAML 1.1). */
    default Optional<Boolean> bool() {
        return Optional.empty();
    }

    /** A scalar resolved as an integer by the document's schema ({@code 0644} is 420 in YAML 1.1). */
    default Optional<Long> integer() {
        return Optional.empty();
    }

    /** The items of a sequence; empty otherwise. */
    default List<YamlNode> items() {
        return List.of();
    }

    /** The entries of a mapping in document order; empty otherwise. */
    default List<YamlEntry> entries() {
        return List.of();
    }

    default boolean isMapping() {
        return this instanceof YamlMapping;
    }

    default boolean isSequence() {
        return this instanceof YamlSequence;
    }

    default boolean isScalar() {
        return this instanceof YamlScalar;
    }

    /** True for a present scalar resolved as null ({@code ~}, {@code null}, empty). */
    default boolean isNull() {
        return false;
    }
}
