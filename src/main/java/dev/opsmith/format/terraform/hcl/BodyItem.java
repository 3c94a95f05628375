package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

/** An element of a {@link Body}: an attribute or a block. */
public sealed interface BodyItem permits Attribute, Block {

    /** The whole item: from its name to the end of its value or closing brace. */
    Span span();
}
