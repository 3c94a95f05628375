package dev.opsmith.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule's noncompliant and compliant examples, as shown in its docs. They are the rule's fixture files,
 * so they carry the fixtures' expectation markers; {@link #stripMarkers} removes them before printing.
 *
 * @param noncompliant example that the rule flags (null or empty when none)
 * @param compliant    example that the rule accepts (null or empty when none)
 * @param language     the code fence's language, e.g. {@code dockerfile}, {@code yaml}, {@code hcl}
 */
public record Examples(String noncompliant, String compliant, String language) {

    /** A whole line {@code # expect-next: ID[, ID]}. */
    private static final Pattern EXPECT_NEXT = Pattern.compile("^[ \\t]*#[ \\t]*expect-next:[ \\t]*[A-Za-z0-9_.,\\- \\t]*$");
    /** A trailing {@code # expect: ID[, ID]} comment, with the white space before it. */
    private static final Pattern EXPECT = Pattern.compile("[ \\t]*#[ \\t]*expect:[ \\t]*[A-Za-z0-9_.,\\- \\t]*$");

    /** The examples with their markers removed. */
    public Examples stripped() {
        return new Examples(stripMarkers(noncompliant), stripMarkers(compliant), language);
    }

    /**
     * Removes fixture markers: {@code # expect-next: ID} lines and trailing {@code # expect: ID} comments.
     * Other lines, their line ends and a final newline are kept; null stays null.
     */
    public static String stripMarkers(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(i, contentEnd);
            String terminator = text.substring(contentEnd, nl < 0 ? end : nl + 1);
            if (!EXPECT_NEXT.matcher(line).matches()) {
                out.append(EXPECT.matcher(line).replaceFirst("")).append(terminator);
            }
            i = nl < 0 ? text.length() : nl + 1;
        }
        return out.toString();
    }

    /**
     * Reads {@code noncompliant.*} and {@code compliant.*} from a rule's fixture folder (markers kept).
     * A missing file gives a null example; a folder-shaped example (a Helm mini-chart) is not read.
     */
    public static Examples fromFixtureFolder(Path folder, String language) throws IOException {
        return new Examples(readExample(folder, "noncompliant."), readExample(folder, "compliant."), language);
    }

    private static String readExample(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) return null;
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .findFirst().orElse(null);
            return file == null ? null : Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
