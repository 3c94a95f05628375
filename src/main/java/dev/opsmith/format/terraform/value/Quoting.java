package dev.opsmith.format.terraform.value;

/** Quotes text the way HCL writes a string literal, for readable {@code toString} output. */
final class Quoting {
    private Quoting() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** A map key as HCL would write it: bare when it is an identifier, quoted otherwise. */
    static String key(String key) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') return quote(key);
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') return quote(key);
        }
        return key;
    }
}
