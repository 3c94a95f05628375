package dev.opsmith.format.terraform.plan;

import java.util.Optional;

/** Reads the parts of a resource address left to right; every error names the column it stopped at. */
final class AddressScanner {
    private final String text;
    private int pos;

    AddressScanner(String text) {
        this.text = text;
    }

    boolean lookingAt(String prefix) {
        return text.startsWith(prefix, pos);
    }

    void expect(String literal) {
        if (!lookingAt(literal)) throw error("expected \"" + literal + "\"");
        pos += literal.length();
    }

    void expectEnd() {
        if (pos != text.length()) throw error("expected the end of the address");
    }

    /** An HCL identifier: a letter or underscore, then letters, digits, underscores and dashes. */
    String identifier(String what) {
        int start = pos;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) pos++;
        }
        if (pos == start) throw error("expected " + what);
        return text.substring(start, pos);
    }

    Optional<InstanceKey> optionalKey() {
        if (!lookingAt("[")) return Optional.empty();
        pos++;
        InstanceKey key = lookingAt("\"") ? new InstanceKey.Name(quoted()) : new InstanceKey.Index(index());
        expect("]");
        return Optional.of(key);
    }

    private int index() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        if (pos == start || pos - start > 9) {
            pos = start;
            throw error("expected a number or a quoted string as the instance key");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private String quoted() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c == '\\') {
                if (pos >= text.length()) break;
                c = text.charAt(pos++);
                switch (c) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        throw error("unterminated quoted instance key");
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(
                "not a resource address: " + message + " at column " + (pos + 1) + " of \"" + text + "\"");
    }
}
