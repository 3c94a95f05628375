package dev.opsmith.format.terraform.hcl;

import dev.opsmith.format.terraform.hcl.TemplatePart.Literal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The {@code <<-EOF} rule, as Terraform applies it (checked with {@code terraform console}): heredoc literals are
 * one per line and strip markers have already trimmed them; every part that starts a line counts, a literal by its
 * leading whitespace and an interpolation or directive as zero; a line of only whitespace does not count and keeps
 * its text. The smallest count is then removed from every literal that counted.
 */
final class HeredocIndentation {

    private HeredocIndentation() {
    }

    static List<TemplatePart> strip(List<TemplatePart> parts) {
        Scan scan = new Scan();
        scan.visit(parts);
        if (scan.min == Integer.MAX_VALUE || scan.min == 0 || scan.adjust.isEmpty()) return parts;
        return rebuild(parts, scan.adjust, scan.min);
    }

    /** Walks the parts in source order, as a flat sequence of literals and sequence markers. */
    private static final class Scan {
        final Set<Literal> adjust = Collections.newSetFromMap(new IdentityHashMap<>());
        int min = Integer.MAX_VALUE;
        boolean lineStart = true;

        void visit(List<TemplatePart> parts) {
            for (TemplatePart part : parts) {
                if (part instanceof Literal literal) {
                    literal(literal);
                } else if (part instanceof TemplatePart.If p) {
                    marker();
                    visit(p.thenParts());
                    if (p.hasElse()) {
                        marker();
                        visit(p.elseParts());
                    }
                    marker();
                } else if (part instanceof TemplatePart.For p) {
                    marker();
                    visit(p.body());
                    marker();
                } else {
                    marker();
                }
            }
        }

        private void literal(Literal literal) {
            String value = literal.value();
            if (lineStart) {
                int spaces = leadingWhitespace(value);
                boolean blankLine = value.isBlank() && value.endsWith("\n");
                if (!blankLine) {
                    min = Math.min(min, spaces);
                    adjust.add(literal);
                }
            }
            lineStart = value.endsWith("\n");
        }

        private void marker() {
            if (lineStart) min = 0;
            lineStart = false;
        }
    }

    private static List<TemplatePart> rebuild(List<TemplatePart> parts, Set<Literal> adjust, int indent) {
        List<TemplatePart> out = new ArrayList<>(parts.size());
        for (TemplatePart part : parts) {
            if (part instanceof Literal literal) {
                out.add(adjust.contains(literal) ? new Literal(literal.value().substring(indent), literal.span())
                        : literal);
            } else if (part instanceof TemplatePart.If p) {
                out.add(new TemplatePart.If(p.condition(), rebuild(p.thenParts(), adjust, indent), p.hasElse(),
                        rebuild(p.elseParts(), adjust, indent), p.span()));
            } else if (part instanceof TemplatePart.For p) {
                out.add(new TemplatePart.For(p.keyVariable(), p.valueVariable(), p.collection(),
                        rebuild(p.body(), adjust, indent), p.span()));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** Leading whitespace other than the line terminator. */
    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '\n' && line.charAt(i) != '\r'
                && (Character.isWhitespace(line.charAt(i)) || Character.isSpaceChar(line.charAt(i)))) {
            i++;
        }
        return i;
    }
}
