package dev.opsmith.format.yaml;

import java.util.regex.Pattern;

/**
 * How plain scalars are read. Kubernetes decodes YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml): {@code yes},
 * {@code on}, {@code y} are booleans and {@code 0644} is octal 420. Compose and most other tools read YAML 1.2's
 * core schema, where those are strings and decimal 644.
 */
public enum Resolution {
    YAML_1_1(Pattern.compile("~|null|Null|NULL|"),
            Pattern.compile("y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON"),
            Pattern.compile("n|N|no|No|NO|false|False|FALSE|off|Off|OFF"),
            Pattern.compile("[-+]?(0b[01_]+|0[0-7_]+|0x[0-9a-fA-F_]+|0|[1-9][0-9_]*)"),
            Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)")),
    YAML_1_2(Pattern.compile("~|null|Null|NULL|"),
            Pattern.compile("true|True|TRUE"),
            Pattern.compile("false|False|FALSE"),
            Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"));

    private final Pattern nulls;
    private final Pattern trues;
    private final Pattern falses;
    private final Pattern ints;
    private final Pattern floats;

    Resolution(Pattern nulls, Pattern trues, Pattern falses, Pattern ints, Pattern floats) {
        this.nulls = nulls;
        this.trues = trues;
        this.falses = falses;
        this.ints = ints;
        this.floats = floats;
    }

    /** The value of a plain scalar: null, Boolean, Long, Double, or the text itself. */
    public Object resolve(String text) {
        if (nulls.matcher(text).matches()) return null;
        if (trues.matcher(text).matches()) return Boolean.TRUE;
        if (falses.matcher(text).matches()) return Boolean.FALSE;
        if (ints.matcher(text).matches()) {
            Long n = integer(text);
            if (n != null) return n;
        }
        if (floats.matcher(text).matches()) {
            String t = text.replace("_", "");
            if (t.endsWith("inf") || t.endsWith("Inf") || t.endsWith("INF")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (t.toLowerCase(java.util.Locale.ROOT).equals(".nan")) return Double.NaN;
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    private Long integer(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        try {
            long v;
            if (t.startsWith("0b")) v = Long.parseLong(t.substring(2), 2);
            else if (t.startsWith("0x")) v = Long.parseLong(t.substring(2), 16);
            else if (t.startsWith("0o")) v = Long.parseLong(t.substring(2), 8);
            else if (this == YAML_1_1 && t.length() > 1 && t.startsWith("0")) v = Long.parseLong(t.substring(1), 8);
            else v = Long.parseLong(t);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null; // out of range: read as text, as a string field would be
        }
    }
}
