package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

import java.util.List;

/**
 * A piece of a template: literal text, an interpolation {@code ${…}}, or a directive {@code %{if}}/{@code %{for}}.
 * Strip markers ({@code ~}) and heredoc indentation are already applied to the literals' values; the markers
 * themselves stay visible on the interpolations and directives.
 */
public sealed interface TemplatePart {

    /** Where the part is written. */
    Span span();

    /**
     * Literal text.
     *
     * @param value the text after escapes, {@code $${}/{@code %%{} unescaping, heredoc indentation and strip markers
     * @param span  the text as written
     */
    record Literal(String value, Span span) implements TemplatePart {
    }

    /**
     * {@code ${expression}}.
     *
     * @param stripBefore {@code ${~}: whitespace at the end of the preceding literal was removed
     * @param stripAfter  {@code ~}}: whitespace at the start of the following literal was removed
     */
    record Interpolation(Expression expression, boolean stripBefore, boolean stripAfter, Span span)
            implements TemplatePart {
    }

    /**
     * {@code %{if cond}…%{else}…%{endif}}.
     *
     * @param elseParts empty when there is no {@code %{else}} (an absent else yields the empty string)
     * @param hasElse   whether {@code %{else}} was written
     */
    record If(Expression condition, List<TemplatePart> thenParts, boolean hasElse, List<TemplatePart> elseParts,
              Span span) implements TemplatePart {
        public If {
            thenParts = List.copyOf(thenParts);
            elseParts = List.copyOf(elseParts);
        }
    }

    /**
     * {@code %{for key, value in collection}…%{endfor}}.
     *
     * @param keyVariable null when only one variable is named
     */
    record For(String keyVariable, String valueVariable, Expression collection, List<TemplatePart> body, Span span)
            implements TemplatePart {
        public For {
            body = List.copyOf(body);
        }
    }
}
