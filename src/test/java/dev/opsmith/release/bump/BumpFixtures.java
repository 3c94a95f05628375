package dev.opsmith.release.bump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture folders under {@code src/test/resources/dev/opsmith/release/bump/}, copied to a temporary folder before
 * anything is written, and a diff that shows what an edit changed as {@code file:line: old → new}. The diff is the
 * byte-for-byte check: it compares whole lines including their line breaks, and a change it reports spans from the
 * first to the last differing character of the line, widened to whole version tokens, so any edit outside a version
 * string shows up in the assertion.
 */
final class BumpFixtures {

    private BumpFixtures() {}

    /** Copies a fixture folder (hidden files such as {@code .mvn} included) into {@code target} and returns the copy. */
    static Path copy(String fixture, Path target) {
        URL url = BumpFixtures.class.getResource(fixture);
        assertThat(url).as("fixture folder %s", fixture).isNotNull();
        try {
            Path source = Path.of(url.toURI());
            Path root = target.resolve(fixture);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path to = root.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every change of the edits, as {@code relative/file:line: old → new}, in edit order. */
    static List<String> diff(Path root, List<FileEdit> edits) {
        List<String> out = new ArrayList<>();
        for (FileEdit edit : edits) {
            String name = root.relativize(edit.file()).toString().replace('\\', '/');
            for (String change : diff(edit.before(), edit.after())) {
                out.add(name + ":" + change);
            }
        }
        return out;
    }

    /** The changed lines of two texts with the same number of lines, as {@code line: old → new}. */
    static List<String> diff(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        assertThat(b).as("line count (line breaks must stay as they were)").hasSameSizeAs(a);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            int prefix = 0;
            while (prefix < x.length() && prefix < y.length() && x.charAt(prefix) == y.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < x.length() - prefix && suffix < y.length() - prefix
                    && x.charAt(x.length() - 1 - suffix) == y.charAt(y.length() - 1 - suffix)) {
                suffix++;
            }
            while (prefix > 0 && isVersionChar(x.charAt(prefix - 1))) {
                prefix--;
            }
            while (suffix > 0 && isVersionChar(x.charAt(x.length() - suffix))) {
                suffix--;
            }
            out.add((i + 1) + ": " + x.substring(prefix, x.length() - suffix) + " → "
                    + y.substring(prefix, y.length() - suffix));
        }
        return out;
    }

    private static boolean isVersionChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '_';
    }

    /** Lines with their terminators, so a changed line break is a changed line. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a copied fixture file with CRLF line breaks (kept out of the repository, where git may convert them). */
    static void toCrlf(Path file) {
        try {
            Files.writeString(file, read(file).replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
