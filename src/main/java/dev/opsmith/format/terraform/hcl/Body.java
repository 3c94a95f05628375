package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * Attributes and blocks in source order. Attribute names are unique within a body (the parser rejects
 * a second definition, as Terraform does); block types may repeat.
 *
 * @param items the attributes and blocks in source order
 * @param span  from the first item to the end of the last; for an empty body, the point where it would start
 */
public record Body(List<BodyItem> items, Span span) {

    public Body {
        items = List.copyOf(items);
    }

    /** The attributes in source order. */
    public List<Attribute> attributes() {
        return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
    }

    /** The blocks in source order. */
    public List<Block> blocks() {
        return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    /** The blocks of one type in source order. */
    public List<Block> blocks(String type) {
        return blocks().stream().filter(b -> b.type().equals(type)).toList();
    }

    /** The attribute of that name, if defined here. */
    public Optional<Attribute> attribute(String name) {
        return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
