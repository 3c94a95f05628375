package dev.opsmith.release.bump;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A token view of a Gradle build or settings script, Groovy or Kotlin DSL. It knows comments, single, double and
 * triple-quoted strings and brace nesting: enough to find {@code version = "1.2.0"} at the top of a script while
 * ignoring the same words inside a {@code plugins {}} or {@code dependencies {}} block, a comment or a string. It is
 * not a Groovy or Kotlin parser; values computed by code are reported as absent, not guessed.
 */
final class GradleScript {

    enum Kind { IDENTIFIER, STRING, SYMBOL, NEWLINE }

    /**
     * A token. For a string, {@code contentStart}/{@code contentEnd} delimit the text between the quotes and
     * {@code blocks} is the path of enclosing block names (e.g. {@code [allprojects]}).
     */
    record Token(Kind kind, String text, int start, int end, int contentStart, int contentEnd, List<String> blocks) {
        boolean is(String symbolOrName) {
            return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbolOrName);
        }
    }

    /** A string literal assigned to a property, and where its text is. */
    record Assignment(String value, int start, int end) {}

    private final BuildFile file;
    private final List<Token> tokens;

    private GradleScript(BuildFile file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    BuildFile file() {
        return file;
    }

    List<Token> tokens() {
        return tokens;
    }

    static GradleScript parse(BuildFile file) throws BumpException {
        return new GradleScript(file, new Tokenizer(file).run());
    }

    /**
     * The literal assigned to a project property at the top of the script (or in {@code allprojects {}}):
     * {@code name = "…"}, {@code name = '…'} or Groovy's {@code name '…'}. Empty when the property is not set there, or
     * set from code or an interpolated string.
     */
    Optional<Assignment> topLevel(String name) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENTIFIER || !t.text().equals(name) || !atStatementStart(i)) {
                continue;
            }
            if (!(t.blocks().isEmpty() || t.blocks().equals(List.of("allprojects")))) {
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).is("=")) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).kind() == Kind.STRING && endsStatement(j + 1)) {
                Token value = tokens.get(j);
                if (!value.text().contains("$") && !value.text().contains("\\")) {
                    return Optional.of(new Assignment(value.text(), value.contentStart(), value.contentEnd()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean atStatementStart(int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        return previous.kind() == Kind.NEWLINE || previous.is(";") || previous.is("{") || previous.is("}");
    }

    private boolean endsStatement(int i) {
        return i >= tokens.size() || tokens.get(i).kind() == Kind.NEWLINE || tokens.get(i).is(";") || tokens.get(i).is("}");
    }

    /** Splits the script into tokens, tracking the names of the blocks each token sits in. */
    private static final class Tokenizer {
        private final BuildFile file;
        private final String s;
        private final List<Token> out = new ArrayList<>();
        private final Deque<String> blocks = new ArrayDeque<>();
        private int pos;

        Tokenizer(BuildFile file) {
            this.file = file;
            this.s = file.text();
        }

        List<Token> run() throws BumpException {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (s.startsWith("//", pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                        pos++;
                    }
                } else if (s.startsWith("/*", pos)) {
                    int end = s.indexOf("*/", pos + 2);
                    if (end < 0) {
                        throw error(pos, "comment is never closed with */");
                    }
                    pos = end + 2;
                } else if (s.startsWith("\"\"\"", pos) || s.startsWith("'''", pos)) {
                    String quote = s.substring(pos, pos + 3);
                    int end = s.indexOf(quote, pos + 3);
                    if (end < 0) {
                        throw error(pos, "string is never closed with " + quote);
                    }
                    add(Kind.STRING, s.substring(pos + 3, end), pos, end + 3, pos + 3, end);
                    pos = end + 3;
                } else if (c == '"' || c == '\'') {
                    quoted(c);
                } else if (c == '\n' || c == '\r') {
                    add(Kind.NEWLINE, "\n", pos, pos + 1, pos, pos + 1);
                    pos++;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = pos;
                    while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) {
                        pos++;
                    }
                    add(Kind.IDENTIFIER, s.substring(start, pos), start, pos, start, pos);
                } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                    pos++;
                } else {
                    symbol(c);
                }
            }
            return out;
        }

        private void quoted(char quote) throws BumpException {
            int start = pos++;
            while (pos < s.length() && s.charAt(pos) != quote) {
                char c = s.charAt(pos);
                if (c == '\n' || c == '\r') {
                    throw error(start, "string is never closed on its line");
                }
                pos += c == '\\' ? 2 : 1;
            }
            if (pos >= s.length()) {
                throw error(start, "string is never closed");
            }
            add(Kind.STRING, s.substring(start + 1, pos), start, pos + 1, start + 1, pos);
            pos++;
        }

        private void symbol(char c) throws BumpException {
            if (c == '{') {
                blocks.addLast(blockName());
            }
            add(Kind.SYMBOL, String.valueOf(c), pos, pos + 1, pos, pos + 1);
            if (c == '}') {
                if (blocks.isEmpty()) {
                    throw error(pos, "'}' closes no block");
                }
                blocks.removeLast();
            }
            pos++;
        }

        /** The identifier before a block's brace, skipping a call's arguments: {@code tasks.register("x") {}}. */
        private String blockName() {
            int depth = 0;
            for (int i = out.size() - 1; i >= 0; i--) {
                Token t = out.get(i);
                if (t.is(")")) {
                    depth++;
                } else if (t.is("(")) {
                    depth--;
                } else if (depth == 0 && t.kind() == Kind.IDENTIFIER) {
                    return t.text();
                } else if (depth == 0 && t.kind() != Kind.NEWLINE) {
                    return "";
                }
            }
            return "";
        }

        private void add(Kind kind, String text, int start, int end, int contentStart, int contentEnd) {
            out.add(new Token(kind, text, start, end, contentStart, contentEnd, List.copyOf(blocks)));
        }

        private BumpException error(int offset, String what) {
            return new BumpException(file.at(offset) + ": cannot read the script: " + what
                    + "; fix the syntax (gradle would fail too)");
        }
    }
}
