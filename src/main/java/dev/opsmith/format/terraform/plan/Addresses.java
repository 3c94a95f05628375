package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;

/** Turns an address that does not parse into a plan error at the address's position. */
final class Addresses {
    private Addresses() {
    }

    static ResourceAddress parse(String text, Span at) throws PlanParseException {
        try {
            return ResourceAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new PlanParseException(e.getMessage() + PlanMessages.REGENERATE, at);
        }
    }
}
