package dev.opsmith.report;

import java.util.List;

/** The one explicit list of output formats. */
public final class Reporters {
    /** Format ids, in the order help texts list them. */
    public static final List<String> FORMATS = List.of("text", "json", "sarif");

    private Reporters() {
    }

    /** The reporter for a format id; the text reporter without colour, not quiet. */
    public static Reporter forFormat(String id) {
        return forFormat(id, false, false);
    }

    /**
     * The reporter for a format id. {@code color} and {@code quiet} apply to the text format only; the
     * caller decides colour (terminal, {@code NO_COLOR}, {@code --no-color}).
     *
     * @throws IllegalArgumentException for an unknown id, naming the known ones
     */
    public static Reporter forFormat(String id, boolean color, boolean quiet) {
        String key = id == null ? "" : id.trim();
        switch (key) {
            case "text":
                return new TextReporter(color, quiet);
            case "json":
                return new JsonReporter();
            case "sarif":
                return new SarifReporter();
            default:
                throw new IllegalArgumentException("unknown output format '" + id + "'; use one of: "
                        + String.join(", ", FORMATS));
        }
    }
}
