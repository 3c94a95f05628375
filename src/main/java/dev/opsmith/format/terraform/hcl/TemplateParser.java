package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression.Template;
import dev.opsmith.format.terraform.hcl.Lexer.TemplateMode;
import dev.opsmith.format.terraform.hcl.Lexer.TemplateStop;
import dev.opsmith.format.terraform.hcl.Lexer.TemplateText;
import dev.opsmith.format.terraform.hcl.TemplatePart.Literal;
import dev.opsmith.format.terraform.hcl.Token.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The template sub-language: literal text, {@code ${…}} interpolations and {@code %{if}}/{@code %{for}}
 * directives, in quoted strings, heredocs and (for the JSON syntax) standalone text. Strip markers and heredoc
 * indentation are applied here, at syntax level, as the specification requires.
 */
final class TemplateParser {
    private final TokenStream tokens;
    private final ExpressionParser expressions;

    /** Whether the previous sequence ended with {@code ~}} so the next literal loses its leading whitespace. */
    private boolean stripNext;

    /** Offset after the most recent closing directive ({@code %{endif}}, {@code %{endfor}}). */
    private int lastClose;

    TemplateParser(TokenStream tokens, ExpressionParser expressions) {
        this.tokens = tokens;
        this.expressions = expressions;
    }

    /** A quoted template; the next token is its opening quote. */
    Template parseQuoted() throws HclParseException {
        Token open = tokens.next();
        Sequence sequence = parse(TemplateMode.QUOTED, null, open.end());
        Span span = tokens.span(open.start(), sequence.end);
        return new Template(Template.Kind.QUOTED, sequence.parts, null, span);
    }

    /** A heredoc; the next token is its opener {@code <<EOF} (newline included). */
    Template parseHeredoc() throws HclParseException {
        Token open = tokens.next();
        boolean indented = open.is(Type.INDENTED_HEREDOC);
        Sequence sequence = parse(TemplateMode.HEREDOC, open.text(), open.end());
        List<TemplatePart> parts = indented ? HeredocIndentation.strip(sequence.parts) : sequence.parts;
        Span span = tokens.span(open.start(), sequence.end);
        return new Template(indented ? Template.Kind.INDENTED_HEREDOC : Template.Kind.HEREDOC, parts, open.text(),
                span);
    }

    /** A whole text read as a template (JSON strings). */
    List<TemplatePart> parseStandalone(int start) throws HclParseException {
        return parse(TemplateMode.STANDALONE, null, start).parts;
    }

    /**
     * The parts of one template.
     *
     * @param end offset after the template's closing delimiter
     */
    private record Sequence(List<TemplatePart> parts, int end) {
    }

    private Sequence parse(TemplateMode mode, String marker, int contentStart) throws HclParseException {
        stripNext = false;
        Context context = new Context(mode, marker, contentStart);
        List<TemplatePart> parts = new ArrayList<>();
        String terminator = parseParts(context, parts, List.of());
        if (terminator != null) throw new IllegalStateException("unreachable: top level accepts no directive end");
        return new Sequence(parts, context.end);
    }

    /** Shared state of one template being read. */
    private static final class Context {
        final TemplateMode mode;
        final String marker;
        final int contentStart;
        int end;

        Context(TemplateMode mode, String marker, int contentStart) {
            this.mode = mode;
            this.marker = marker;
            this.contentStart = contentStart;
        }
    }

    /**
     * Reads parts into {@code out} until the end of the template or a directive keyword in {@code terminators}
     * ({@code else}, {@code endif}, {@code endfor}); returns that keyword, or null at the end of the template.
     */
    private String parseParts(Context context, List<TemplatePart> out, List<String> terminators)
            throws HclParseException {
        expressions.enter();
        try {
            while (true) {
                tokens.releaseToTemplate();
                TemplateText text = tokens.lexer().scanTemplateText(context.mode, context.marker,
                        context.contentStart);
                addLiteral(out, text);
                if (text.strip()) stripLastLiteral(out);
                switch (text.stop()) {
                    case END -> {
                        context.end = text.stopEnd();
                        if (!terminators.isEmpty()) {
                            throw new HclParseException("unexpected end of template: expected %{"
                                    + String.join("} or %{", terminators) + "}",
                                    tokens.span(text.end(), text.stopEnd()));
                        }
                        return null;
                    }
                    case LINE_END -> {
                        // the next line is read as a literal of its own
                    }
                    case INTERPOLATION -> out.add(interpolation(text));
                    case DIRECTIVE -> {
                        String keyword = directive(context, text, out, terminators);
                        if (keyword != null) return keyword;
                    }
                    default -> throw new IllegalStateException();
                }
            }
        } finally {
            expressions.leave();
        }
    }

    private void addLiteral(List<TemplatePart> out, TemplateText text) {
        if (text.start() == text.end()) {
            stripNext = false;
            return;
        }
        String value = stripNext ? stripLeading(text.value()) : text.value();
        stripNext = false;
        out.add(new Literal(value, tokens.span(text.start(), text.end())));
    }

    private static void stripLastLiteral(List<TemplatePart> out) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Literal last) {
            out.set(out.size() - 1, new Literal(stripTrailing(last.value()), last.span()));
        }
    }

    private TemplatePart interpolation(TemplateText text) throws HclParseException {
        int openStart = text.end();
        tokens.pushNewlines(false);
        Expression expression = expressions.parseExpression();
        Token close = closeSequence("the interpolation");
        tokens.popNewlines();
        return new TemplatePart.Interpolation(expression, text.strip(), stripNext,
                tokens.span(openStart, close.end()));
    }

    /** Reads {@code }} or {@code ~}}, remembering the strip marker for the next literal. */
    private Token closeSequence(String what) throws HclParseException {
        Token close = tokens.next();
        if (!close.is(Type.RBRACE) && !close.is(Type.STRIP_CLOSE)) {
            throw new HclParseException("expected '}' to close " + what + ", found " + close.describe(),
                    tokens.span(close));
        }
        stripNext = close.is(Type.STRIP_CLOSE);
        return close;
    }

    /** Handles one {@code %{…}}; returns the keyword when it ends the enclosing directive's part. */
    private String directive(Context context, TemplateText text, List<TemplatePart> out, List<String> terminators)
            throws HclParseException {
        int openStart = text.end();
        tokens.pushNewlines(false);
        Token keyword = tokens.next();
        String word = keyword.is(Type.IDENTIFIER) ? keyword.text() : "";
        switch (word) {
            case "if" -> {
                Expression condition = expressions.parseExpression();
                closeSequence("the if directive");
                tokens.popNewlines();
                List<TemplatePart> thenParts = new ArrayList<>();
                String end = parseParts(context, thenParts, List.of("else", "endif"));
                List<TemplatePart> elseParts = new ArrayList<>();
                boolean hasElse = "else".equals(end);
                if (hasElse) parseParts(context, elseParts, List.of("endif"));
                out.add(new TemplatePart.If(condition, thenParts, hasElse, elseParts,
                        tokens.span(openStart, lastClose)));
                return null;
            }
            case "for" -> {
                Token first = expressions.expect(Type.IDENTIFIER, "a variable name after 'for'");
                String keyVariable = null;
                String valueVariable = first.text();
                if (tokens.accept(Type.COMMA)) {
                    keyVariable = first.text();
                    valueVariable = expressions.expect(Type.IDENTIFIER, "a second variable name after ','").text();
                }
                Token in = tokens.next();
                if (!in.isKeyword("in")) {
                    throw new HclParseException("invalid for directive: expected 'in' after the variable name, found "
                            + in.describe(), tokens.span(in));
                }
                Expression collection = expressions.parseExpression();
                closeSequence("the for directive");
                tokens.popNewlines();
                List<TemplatePart> body = new ArrayList<>();
                parseParts(context, body, List.of("endfor"));
                out.add(new TemplatePart.For(keyVariable, valueVariable, collection, body,
                        tokens.span(openStart, lastClose)));
                return null;
            }
            case "else", "endif", "endfor" -> {
                if (!terminators.contains(word)) {
                    throw new HclParseException("unexpected " + word + " directive"
                            + (terminators.isEmpty() ? "" : ": expected %{" + String.join("} or %{", terminators)
                            + "}"), tokens.span(keyword));
                }
                Token close = closeSequence("the " + word + " directive");
                tokens.popNewlines();
                lastClose = close.end();
                return word;
            }
            default -> throw new HclParseException("expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{', "
                    + "found " + keyword.describe(), tokens.span(keyword));
        }
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
        return s.substring(0, i);
    }
}
