package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Token.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Look-ahead over the lexer with the specification's newline rule: newlines end attributes and separate object
 * items, but inside parentheses, brackets, for expressions and template sequences they are whitespace. Parsers
 * push the rule that applies when they open a delimiter and pop it when they close it; buffered tokens keep their
 * newlines, so a change of rule applies to tokens already read.
 */
final class TokenStream {
    private final Lexer lexer;
    private final List<Token> buffer = new ArrayList<>();
    private final Deque<Boolean> newlinesSignificant = new ArrayDeque<>();

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
        newlinesSignificant.push(true);
    }

    Lexer lexer() {
        return lexer;
    }

    void pushNewlines(boolean significant) {
        newlinesSignificant.push(significant);
    }

    void popNewlines() {
        if (newlinesSignificant.size() > 1) newlinesSignificant.pop();
    }

    /** The next token under the current newline rule. */
    Token peek() throws HclParseException {
        return peek(0);
    }

    /** The token after the next one under the current newline rule. */
    Token peek(int ahead) throws HclParseException {
        boolean skipNewlines = !newlinesSignificant.peek();
        int seen = 0;
        for (int i = 0; ; i++) {
            while (buffer.size() <= i) buffer.add(lexer.next());
            Token t = buffer.get(i);
            if (skipNewlines && t.is(Type.NEWLINE)) continue;
            if (seen == ahead || t.is(Type.EOF)) return t;
            seen++;
        }
    }

    /** Consumes and returns the next token under the current newline rule. */
    Token next() throws HclParseException {
        Token t = peek();
        int index = buffer.indexOf(t);
        if (!t.is(Type.EOF)) buffer.subList(0, index + 1).clear();
        return t;
    }

    /** Consumes the next token if it has that type. */
    boolean accept(Type type) throws HclParseException {
        if (!peek().is(type)) return false;
        next();
        return true;
    }

    /** Consumes any newlines. */
    void skipNewlines() throws HclParseException {
        while (peekRaw().is(Type.NEWLINE)) buffer.remove(0);
    }

    private Token peekRaw() throws HclParseException {
        if (buffer.isEmpty()) buffer.add(lexer.next());
        return buffer.get(0);
    }

    /**
     * Hands the character stream back for template text. Nothing should be buffered at this point; if something
     * is, the lexer is rewound so that no character is lost.
     */
    void releaseToTemplate() {
        if (!buffer.isEmpty()) {
            lexer.reset(buffer.get(0).start());
            buffer.clear();
        }
    }

    Span span(Token t) {
        return lexer.span(t.start(), t.end());
    }

    Span span(int start, int end) {
        return lexer.span(start, end);
    }
}
