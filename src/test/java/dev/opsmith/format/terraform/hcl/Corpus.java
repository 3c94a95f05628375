package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The realistic native-syntax inputs under test resources, and deterministic garbled variants of them. */
final class Corpus {
    static final List<String> FILES = List.of(
            "s3_bucket.tf", "iam.tf", "variables.tf", "network.tf", "refactoring.tf", "templates.tf",
            "prod.tfvars", "main.tofu");

    /** Fragments that often break or almost break HCL when dropped into a file. */
    private static final String[] FRAGMENTS = {
        "{", "}", "[", "]", "(", ")", "\"", "\n", "=", "==", ",", ".", "...", "*", "[*]", ".*", "?", ":", "=>",
        "${", "%{", "~}", "$${", "<<EOF\n", "<<-EOT\n", "EOF\n", "for", "in", "if", "#", "//", "/*", "*/", "\\",
        "\\u12", "-", "!", "&&", "||", "0", "1.5", ".0", "x", "::", "'", "\t", "\r\n", "%{ endif }", "${x}",
    };

    /** Tokens and near-tokens of the native syntax, for random inputs. */
    private static final String[] TOKENS = {
        "resource", "\"aws_s3_bucket\"", "x", "for", "in", "if", "endif", "endfor", "else", "true", "null", " ", " ",
        "\n", "\n", "\r\n", "\t", "{", "}", "[", "]", "(", ")", "=", "==", "=>", ":", "::", "?", ",", ".", "...", "*",
        "[*]", ".*", "+", "-", "!", "&&", "||", "<", "<=", "/", "%", "\"", "\"a\"", "${", "%{", "~", "~}", "$${",
        "<<EOF\n", "<<-EOF\n", "EOF\n", "  EOF\n", "#", "# c\n", "//", "/*", "*/", "\\", "\\n", "\\u00e9", "\\U0001",
        "0", "1.5", "1e3", ".0", "é", "\uD83D\uDE00", "\uD83D", "\u0000", "\uFEFF", "'", "@",
    };

    private Corpus() {
    }

    /** A random sequence of up to {@code maxTokens} tokens. */
    static String soup(Random random, int maxTokens) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxTokens);
        for (int i = 0; i < length; i++) sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        return sb.toString();
    }

    static String read(String name) {
        return readResource("/dev/opsmith/format/terraform/hcl/corpus/" + name);
    }

    static String readResource(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile file(String name) {
        return SourceFile.of(name, read(name));
    }

    /**
     * Variants of a text: truncations at evenly spaced points, single-character deletions, inserted fragments and
     * duplicated lines, chosen by a seeded random so that every run sees the same inputs.
     */
    static List<String> garble(String text, long seed, int perKind) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i <= perKind; i++) out.add(text.substring(0, (int) ((long) n * i / (perKind + 1))));
        for (int i = 0; i < perKind; i++) {
            int at = random.nextInt(n);
            out.add(text.substring(0, at) + text.substring(at + 1));
        }
        for (int i = 0; i < perKind; i++) {
            int at = random.nextInt(n + 1);
            out.add(text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at));
        }
        for (int i = 0; i < perKind; i++) {
            String v = text;
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(v.length() + 1);
                int cut = Math.min(v.length(), at + random.nextInt(4));
                v = v.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + v.substring(cut);
            }
            out.add(v);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < perKind / 2; i++) {
            int a = random.nextInt(lines.length);
            List<String> copy = new ArrayList<>(List.of(lines));
            copy.add(random.nextInt(copy.size() + 1), lines[a]);
            out.add(String.join("\n", copy));
        }
        return out;
    }
}
