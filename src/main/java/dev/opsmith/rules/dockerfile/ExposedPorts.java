package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The port specs of EXPOSE instructions, variables resolved where their value is known. */
final class ExposedPorts {
    private ExposedPorts() {
    }

    /**
     * One {@code port[/proto]} or {@code start-end[/proto]} item as written (after variable expansion).
     *
     * @param word     the EXPOSE word it comes from (several items when a variable expands to a list)
     * @param text     the item
     * @param resolved false when it still holds an unresolved variable (never judged)
     */
    record Spec(Instruction instruction, Word word, String text, boolean resolved) {
        /** The port part, before {@code /}. */
        String ports() {
            int slash = text.indexOf('/');
            return slash < 0 ? text : text.substring(0, slash);
        }

        /** The protocol after {@code /}, lower-cased; {@code tcp} when absent. */
        String protocol() {
            int slash = text.indexOf('/');
            return slash < 0 ? "tcp" : text.substring(slash + 1).toLowerCase(Locale.ROOT);
        }

        /** {start, end} when the port part is a number or a numeric range; null otherwise. */
        long[] range() {
            String p = ports();
            int dash = p.indexOf('-');
            String a = dash < 0 ? p : p.substring(0, dash);
            String b = dash < 0 ? p : p.substring(dash + 1);
            if (!digits(a) || !digits(b)) return null;
            return new long[] {Long.parseLong(a), Long.parseLong(b)};
        }

        private static boolean digits(String s) {
            return !s.isEmpty() && s.length() <= 12 && s.chars().allMatch(Character::isDigit);
        }
    }

    /** Every item of every top-level EXPOSE (ONBUILD EXPOSE included), in file order. */
    static List<Spec> of(Dockerfile df) {
        List<Spec> out = new ArrayList<>();
        for (Instruction outer : df.instructions()) {
            Instruction expose = outer.is("ONBUILD") ? outer.inner() : outer;
            if (expose == null || !expose.is("EXPOSE")) continue;
            for (Word w : expose.words()) {
                if (!w.hasExpansion()) {
                    out.add(new Spec(expose, w, w.value(), true));
                    continue;
                }
                String expanded = df.expand(outer, w.value()).trim();
                if (expanded.contains("$")) {
                    out.add(new Spec(expose, w, w.value(), false));
                    continue;
                }
                for (String part : expanded.split("\\s+")) {
                    if (!part.isEmpty()) out.add(new Spec(expose, w, part, true));
                }
            }
        }
        return out;
    }
}
