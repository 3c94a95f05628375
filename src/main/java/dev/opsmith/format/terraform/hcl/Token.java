package dev.opsmith.format.terraform.hcl;

/**
 * A token of the expression and structural languages. Offsets index the lexer's text; the lexer turns them into
 * spans.
 *
 * @param type  what kind of token
 * @param text  the token as written; for heredoc openers, the delimiter word
 * @param start offset of the first character
 * @param end   offset just after the last character
 */
record Token(Type type, String text, int start, int end) {

    enum Type {
        IDENTIFIER, NUMBER, OPEN_QUOTE, HEREDOC, INDENTED_HEREDOC,
        LBRACE, RBRACE, LBRACKET, RBRACKET, LPAREN, RPAREN,
        COMMA, DOT, ELLIPSIS, EQUALS, FAT_ARROW, COLON, DOUBLE_COLON, QUESTION,
        PLUS, MINUS, STAR, SLASH, PERCENT, AND, OR, BANG, EQ, NOT_EQ, LT, GT, LE, GE,
        STRIP_CLOSE, NEWLINE, EOF, INVALID
    }

    boolean is(Type t) {
        return type == t;
    }

    boolean isKeyword(String word) {
        return type == Type.IDENTIFIER && text.equals(word);
    }

    /** How error messages name the token: {@code '='}, {@code newline}, {@code identifier 'foo'}. */
    String describe() {
        return switch (type) {
            case NEWLINE -> "newline";
            case EOF -> "end of file";
            case IDENTIFIER -> "identifier '" + text + "'";
            case NUMBER -> "number " + text;
            case OPEN_QUOTE -> "a string";
            case HEREDOC, INDENTED_HEREDOC -> "a heredoc";
            case INVALID -> "invalid character '" + printable(text) + "'";
            default -> "'" + text + "'";
        };
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\uFEFF') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
