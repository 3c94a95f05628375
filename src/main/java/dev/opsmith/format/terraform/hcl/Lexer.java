package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Token.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns characters into tokens on demand. The parser drives it in two modes: {@link #next()} reads tokens of the
 * expression and structural languages, {@link #scanTemplateText} reads template text up to the next
 * interpolation, directive or end of template. Switching is safe because the parser never looks ahead past the
 * token that ends an expression inside a template.
 *
 * <p>The text may be a decoded JSON string whose characters sit elsewhere in the file; {@code origin} maps each
 * character to its file offset so that spans still point at the source.
 */
final class Lexer {
    private final SourceFile file;
    private final String text;
    private final int[] origin;
    private final int limit;
    private final List<Comment> comments = new ArrayList<>();
    private int pos;

    /** A lexer over a whole native-syntax file. */
    Lexer(SourceFile file) {
        this(file, file.text(), null, 0, file.text().length());
        if (limit > 0 && text.charAt(0) == '\uFEFF') pos = 1;
    }

    /**
     * A lexer over part of a text.
     *
     * @param origin file offset of each character of {@code text}, one more entry for the end; null when
     *               {@code text} is the file's own text
     */
    Lexer(SourceFile file, String text, int[] origin, int start, int limit) {
        this.file = file;
        this.text = text;
        this.origin = origin;
        this.pos = start;
        this.limit = limit;
    }

    List<Comment> comments() {
        return comments;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    /** The span between two offsets of this lexer's text. */
    Span span(int start, int end) {
        return origin == null ? file.span(start, end) : file.span(origin[start], origin[end]);
    }

    /** The next token of the expression and structural languages; comments are recorded and skipped. */
    Token next() throws HclParseException {
        skipSpaceAndInlineComments();
        if (pos >= limit) return new Token(Type.EOF, "", limit, limit);
        int start = pos;
        char c = text.charAt(pos);
        if (c == '\n') {
            pos++;
            return new Token(Type.NEWLINE, "\n", start, start + 1);
        }
        if (c == '\r') {
            if (at(pos + 1) == '\n') {
                pos += 2;
                return new Token(Type.NEWLINE, "\r\n", start, start + 2);
            }
            pos++;
            return new Token(Type.INVALID, "\r", start, pos);
        }
        if (c == '#' || (c == '/' && at(pos + 1) == '/')) return lineComment(c == '#');
        if (isIdentifierStart(text.codePointAt(pos))) return identifier();
        if (c >= '0' && c <= '9') return number();
        if (c == '"') {
            pos++;
            return new Token(Type.OPEN_QUOTE, "\"", start, pos);
        }
        if (c == '<' && at(pos + 1) == '<') {
            Token heredoc = heredocOpener();
            if (heredoc != null) return heredoc;
        }
        return punctuation(start, c);
    }

    private Token punctuation(int start, char c) {
        Type type;
        int length = 1;
        char n = at(pos + 1);
        switch (c) {
            case '{' -> type = Type.LBRACE;
            case '}' -> type = Type.RBRACE;
            case '[' -> type = Type.LBRACKET;
            case ']' -> type = Type.RBRACKET;
            case '(' -> type = Type.LPAREN;
            case ')' -> type = Type.RPAREN;
            case ',' -> type = Type.COMMA;
            case '?' -> type = Type.QUESTION;
            case '+' -> type = Type.PLUS;
            case '-' -> type = Type.MINUS;
            case '*' -> type = Type.STAR;
            case '/' -> type = Type.SLASH;
            case '%' -> type = Type.PERCENT;
            case '.' -> {
                boolean ellipsis = n == '.' && at(pos + 2) == '.';
                type = ellipsis ? Type.ELLIPSIS : Type.DOT;
                length = ellipsis ? 3 : 1;
            }
            case ':' -> {
                type = n == ':' ? Type.DOUBLE_COLON : Type.COLON;
                length = n == ':' ? 2 : 1;
            }
            case '=' -> {
                type = n == '=' ? Type.EQ : n == '>' ? Type.FAT_ARROW : Type.EQUALS;
                length = n == '=' || n == '>' ? 2 : 1;
            }
            case '!' -> {
                type = n == '=' ? Type.NOT_EQ : Type.BANG;
                length = n == '=' ? 2 : 1;
            }
            case '<' -> {
                type = n == '=' ? Type.LE : Type.LT;
                length = n == '=' ? 2 : 1;
            }
            case '>' -> {
                type = n == '=' ? Type.GE : Type.GT;
                length = n == '=' ? 2 : 1;
            }
            case '&' -> {
                type = n == '&' ? Type.AND : Type.INVALID;
                length = n == '&' ? 2 : 1;
            }
            case '|' -> {
                type = n == '|' ? Type.OR : Type.INVALID;
                length = n == '|' ? 2 : 1;
            }
            case '~' -> {
                type = n == '}' ? Type.STRIP_CLOSE : Type.INVALID;
                length = n == '}' ? 2 : 1;
            }
            default -> {
                type = Type.INVALID;
                length = Character.charCount(text.codePointAt(pos));
            }
        }
        pos += length;
        return new Token(type, text.substring(start, pos), start, pos);
    }

    private void skipSpaceAndInlineComments() throws HclParseException {
        while (pos < limit) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '/' && at(pos + 1) == '*') {
                int start = pos;
                int close = text.indexOf("*/", pos + 2);
                if (close < 0 || close + 2 > limit) {
                    throw new HclParseException("unterminated comment: expected '*/' to close the '/*'",
                            span(start, start + 2));
                }
                pos = close + 2;
                comments.add(new Comment(Comment.Style.BLOCK, text.substring(start + 2, close), span(start, pos)));
            } else {
                return;
            }
        }
    }

    /** A line comment counts as the newline that ends it. */
    private Token lineComment(boolean hash) {
        int start = pos;
        int end = start;
        while (end < limit && text.charAt(end) != '\n' && !(text.charAt(end) == '\r' && at(end + 1) == '\n')) end++;
        String body = text.substring(start + (hash ? 1 : 2), end);
        comments.add(new Comment(hash ? Comment.Style.HASH : Comment.Style.SLASHES, body, span(start, end)));
        int newlineEnd = end >= limit ? end : text.charAt(end) == '\r' ? end + 2 : end + 1;
        pos = newlineEnd;
        return new Token(Type.NEWLINE, "\n", start, newlineEnd);
    }

    private Token identifier() {
        int start = pos;
        pos += Character.charCount(text.codePointAt(pos));
        while (pos < limit) {
            int cp = text.codePointAt(pos);
            if (!isIdentifierPart(cp)) break;
            pos += Character.charCount(cp);
        }
        return new Token(Type.IDENTIFIER, text.substring(start, pos), start, pos);
    }

    /**
     * Like Terraform's scanner, a number token runs on through further digits, {@code .digits} and exponent
     * parts, so {@code 1.5.2} is one (invalid) token rather than a number and a legacy index; the parser checks
     * the shape.
     */
    private Token number() {
        int start = pos;
        pos = digits(pos);
        while (true) {
            if (at(pos) == '.' && isDigit(at(pos + 1))) {
                pos = digits(pos + 1);
            } else if ((at(pos) == 'e' || at(pos) == 'E') && (isDigit(at(pos + 1))
                    || ((at(pos + 1) == '+' || at(pos + 1) == '-') && isDigit(at(pos + 2))))) {
                pos = digits(pos + (isDigit(at(pos + 1)) ? 1 : 2));
            } else {
                break;
            }
        }
        return new Token(Type.NUMBER, text.substring(start, pos), start, pos);
    }

    private int digits(int from) {
        int p = from;
        while (isDigit(at(p))) p++;
        return p;
    }

    /** {@code <<EOF} or {@code <<-EOF} directly followed by a newline, which the token includes; else null. */
    private Token heredocOpener() {
        int p = pos + 2;
        boolean indented = at(p) == '-';
        if (indented) p++;
        if (p >= limit || !isIdentifierStart(text.codePointAt(p))) return null;
        int wordStart = p;
        p += Character.charCount(text.codePointAt(p));
        while (p < limit && isIdentifierPart(text.codePointAt(p))) p += Character.charCount(text.codePointAt(p));
        String marker = text.substring(wordStart, p);
        if (at(p) == '\r' && at(p + 1) == '\n') {
            p += 2;
        } else if (at(p) == '\n') {
            p++;
        } else {
            return null;
        }
        int start = pos;
        pos = p;
        return new Token(indented ? Type.INDENTED_HEREDOC : Type.HEREDOC, marker, start, p);
    }

    /**
     * Where template text stops. Heredoc text also stops after each newline: Terraform treats every heredoc line as
     * its own literal, so a strip marker reaches no further than its own line.
     */
    enum TemplateStop { END, INTERPOLATION, DIRECTIVE, LINE_END }

    /** How a template is delimited. */
    enum TemplateMode { QUOTED, HEREDOC, STANDALONE }

    /**
     * Template text up to the next sequence.
     *
     * @param value       the text with escapes resolved
     * @param start       offset of the text
     * @param end         offset after the text
     * @param stop        what follows the text
     * @param strip       for a sequence, whether its opener has a strip marker ({@code ${~})
     * @param stopEnd     offset after the opener or closing delimiter
     */
    record TemplateText(String value, int start, int end, TemplateStop stop, boolean strip, int stopEnd) {
    }

    /**
     * Reads template text. For a quoted template the closing quote is consumed; for a heredoc the closing marker
     * line is consumed up to (not including) its newline, which then ends the attribute.
     *
     * @param contentStart where the template's content begins (a heredoc's first line starts there)
     */
    TemplateText scanTemplateText(TemplateMode mode, String marker, int contentStart) throws HclParseException {
        int start = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (mode == TemplateMode.HEREDOC && isLineStart(pos, contentStart)) {
                int markerEnd = closingMarkerEnd(pos, marker);
                if (markerEnd >= 0) {
                    int textEnd = pos;
                    pos = markerEnd;
                    return new TemplateText(value.toString(), start, textEnd, TemplateStop.END, false, markerEnd);
                }
            }
            if (pos >= limit) {
                if (mode == TemplateMode.STANDALONE) {
                    return new TemplateText(value.toString(), start, pos, TemplateStop.END, false, pos);
                }
                String what = mode == TemplateMode.QUOTED ? "'\"' to close the string"
                        : "a line with only '" + marker + "' to close the heredoc";
                throw new HclParseException("unterminated template: expected " + what + ", found end of file",
                        span(start, pos));
            }
            char c = text.charAt(pos);
            char n = at(pos + 1);
            if ((c == '$' || c == '%') && n == c && at(pos + 2) == '{') {
                value.append(c).append('{');
                pos += 3;
            } else if ((c == '$' || c == '%') && n == '{') {
                int textEnd = pos;
                boolean strip = at(pos + 2) == '~';
                pos += strip ? 3 : 2;
                return new TemplateText(value.toString(), start, textEnd,
                        c == '$' ? TemplateStop.INTERPOLATION : TemplateStop.DIRECTIVE, strip, pos);
            } else if (mode == TemplateMode.QUOTED && c == '"') {
                int textEnd = pos;
                pos++;
                return new TemplateText(value.toString(), start, textEnd, TemplateStop.END, false, pos);
            } else if (mode == TemplateMode.QUOTED && (c == '\n' || c == '\r')) {
                throw new HclParseException("invalid multi-line string: a quoted string must end on the line it "
                        + "starts (use a heredoc or \\n), found newline", span(pos, pos + 1));
            } else if (mode == TemplateMode.QUOTED && c == '\\') {
                pos = escape(pos, value);
            } else if (mode == TemplateMode.HEREDOC && c == '\n') {
                value.append(c);
                pos++;
                return new TemplateText(value.toString(), start, pos, TemplateStop.LINE_END, false, pos);
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private boolean isLineStart(int p, int contentStart) {
        return p == contentStart || (p > 0 && text.charAt(p - 1) == '\n');
    }

    /**
     * Offset after the closing marker when the line at {@code p} is the marker, with optional spaces or tabs on
     * either side, followed by a newline; else -1.
     */
    private int closingMarkerEnd(int p, String marker) {
        int q = p;
        while (at(q) == ' ' || at(q) == '\t') q++;
        if (!text.startsWith(marker, q) || q + marker.length() > limit) return -1;
        q += marker.length();
        int markerEnd = q;
        while (at(q) == ' ' || at(q) == '\t') q++;
        boolean newline = at(q) == '\n' || (at(q) == '\r' && at(q + 1) == '\n');
        return newline ? markerEnd : -1;
    }

    private int escape(int p, StringBuilder value) throws HclParseException {
        char e = at(p + 1);
        switch (e) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u', 'U' -> {
                int count = e == 'u' ? 4 : 8;
                int cp = hex(p + 2, count);
                if (cp < 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw new HclParseException("invalid escape sequence: \\" + e + " needs " + count
                            + " hexadecimal digits naming a Unicode character", span(p, Math.min(limit, p + 2)));
                }
                value.appendCodePoint(cp);
                return p + 2 + count;
            }
            default -> throw new HclParseException("invalid escape sequence: expected one of \\n \\r \\t \\\" \\\\ "
                    + "\\uNNNN \\UNNNNNNNN after '\\'", span(p, Math.min(limit, p + 2)));
        }
        return p + 2;
    }

    private int hex(int from, int count) {
        if (from + count > limit) return -1;
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    private char at(int p) {
        return p < limit ? text.charAt(p) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int cp) {
        return cp == '_' || (Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    static boolean isIdentifierPart(int cp) {
        return cp == '-' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }
}
