package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Token.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the HCL native syntax ({@code .tf}, {@code .tofu}, {@code .tfvars}) into a {@link ConfigFile}.
 * A syntax error yields an {@link HclParseException} for the first problem; nothing else is ever thrown,
 * whatever the input.
 */
public final class HclParser {
    private final TokenStream tokens;
    private final ExpressionParser expressions;

    private HclParser(SourceFile file) {
        this.tokens = new TokenStream(new Lexer(file));
        this.expressions = new ExpressionParser(tokens);
    }

    /** Parses a whole file. */
    public static ConfigFile parse(SourceFile file) throws HclParseException {
        HclParser parser = new HclParser(file);
        Body body = parser.guarded(() -> parser.body(true));
        return new ConfigFile(file, body, parser.tokens.lexer().comments());
    }

    /** Parses a file that holds a single expression (tests, the console-like uses of later stages). */
    public static Expression parseExpression(SourceFile file) throws HclParseException {
        HclParser parser = new HclParser(file);
        return parser.guarded(() -> {
            parser.tokens.pushNewlines(false);
            Expression e = parser.expressions.parseExpression();
            Token t = parser.tokens.next();
            if (!t.is(Type.EOF)) {
                throw new HclParseException("expected the end of the expression, found " + t.describe(),
                        parser.tokens.span(t));
            }
            return e;
        });
    }

    private interface Step<T> {
        T run() throws HclParseException;
    }

    /** Turns a stack overflow on pathological input into a parse error, as a last line of defence. */
    private <T> T guarded(Step<T> step) throws HclParseException {
        try {
            return step.run();
        } catch (StackOverflowError e) {
            throw new HclParseException("nesting too deep to parse", tokens.span(0, 0));
        }
    }

    /** Attributes and blocks up to the end of the file (top level) or a closing brace (the caller consumes it). */
    private Body body(boolean topLevel) throws HclParseException {
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> attributes = new HashMap<>();
        Span extent = null;
        while (true) {
            tokens.skipNewlines();
            Token t = tokens.peek();
            if (t.is(Type.EOF) || (!topLevel && t.is(Type.RBRACE))) {
                if (t.is(Type.EOF) && !topLevel) {
                    throw new HclParseException("expected '}' to close the block, found end of file", tokens.span(t));
                }
                return new Body(items, extent == null ? tokens.span(t.start(), t.start()) : extent);
            }
            if (!t.is(Type.IDENTIFIER)) {
                throw new HclParseException("expected an attribute name or a block type, found " + t.describe(),
                        tokens.span(t));
            }
            BodyItem item = item(tokens.next(), attributes);
            extent = extent == null ? item.span() : extent.union(item.span());
            items.add(item);
            endOfItem(item);
        }
    }

    private BodyItem item(Token name, Map<String, Attribute> attributes) throws HclParseException {
        if (tokens.peek().is(Type.EQUALS)) {
            tokens.next();
            Attribute attribute = attributeValue(name);
            Attribute previous = attributes.putIfAbsent(attribute.name(), attribute);
            if (previous != null) {
                throw new HclParseException("attribute '" + attribute.name() + "' redefined: it is already set at "
                        + previous.nameSpan().line() + ":" + previous.nameSpan().column(), attribute.nameSpan());
            }
            return attribute;
        }
        return block(name);
    }

    private Attribute attributeValue(Token name) throws HclParseException {
        Expression value = expressions.parseExpression();
        Span nameSpan = tokens.span(name);
        return new Attribute(name.text(), nameSpan, value, nameSpan.union(value.span()));
    }

    /** Items end with a newline or the end of the file. */
    private void endOfItem(BodyItem item) throws HclParseException {
        Token t = tokens.peek();
        if (t.is(Type.NEWLINE) || t.is(Type.EOF)) return;
        String what = item instanceof Attribute a ? "the value of '" + a.name() + "'" : "the block's closing brace";
        throw new HclParseException("expected a newline after " + what + ", found " + t.describe(), tokens.span(t));
    }

    private Block block(Token type) throws HclParseException {
        List<Label> labels = new ArrayList<>();
        while (true) {
            Token t = tokens.peek();
            if (t.is(Type.IDENTIFIER)) {
                tokens.next();
                labels.add(new Label(t.text(), false, tokens.span(t)));
            } else if (t.is(Type.OPEN_QUOTE)) {
                labels.add(quotedLabel());
            } else if (t.is(Type.LBRACE)) {
                break;
            } else {
                String after = labels.isEmpty() ? "'" + type.text() + "'" : "the block labels of '" + type.text() + "'";
                throw new HclParseException("expected '=' or a block after " + after + ", found " + t.describe(),
                        tokens.span(t));
            }
        }
        Token open = tokens.next();
        expressions.enter();
        try {
            Body body;
            if (tokens.peek().is(Type.NEWLINE)) {
                body = body(false);
            } else {
                body = oneLineBody(type);
            }
            Token close = tokens.next();
            if (!close.is(Type.RBRACE)) {
                throw new HclParseException("expected '}' to close the block '" + type.text() + "', found "
                        + close.describe(), tokens.span(close));
            }
            Span typeSpan = tokens.span(type);
            return new Block(type.text(), typeSpan, labels, body, tokens.span(open), tokens.span(close),
                    typeSpan.union(tokens.span(close)));
        } finally {
            expressions.leave();
        }
    }

    /** {@code {}} or {@code { name = value }} on the block's line: at most one attribute, no nested block. */
    private Body oneLineBody(Token type) throws HclParseException {
        Token t = tokens.peek();
        if (t.is(Type.RBRACE)) return new Body(List.of(), tokens.span(t.start(), t.start()));
        if (!t.is(Type.IDENTIFIER)) {
            throw new HclParseException("expected an attribute or a newline after '{' of the block '" + type.text()
                    + "', found " + t.describe(), tokens.span(t));
        }
        Token name = tokens.next();
        if (!tokens.peek().is(Type.EQUALS)) {
            throw new HclParseException("expected '=' after '" + name.text() + "': a one-line block holds at most one "
                    + "attribute and no nested block, found " + tokens.peek().describe(), tokens.span(tokens.peek()));
        }
        tokens.next();
        Attribute attribute = attributeValue(name);
        Token after = tokens.peek();
        if (!after.is(Type.RBRACE)) {
            throw new HclParseException("expected '}' after the attribute of the one-line block '" + type.text()
                    + "' (a one-line block holds one attribute), found " + after.describe(), tokens.span(after));
        }
        return new Body(List.of(attribute), attribute.span());
    }

    private Label quotedLabel() throws HclParseException {
        Expression.Template template = expressions.templates().parseQuoted();
        String value = template.literalValue().orElseThrow(() -> new HclParseException(
                "invalid block label: a label is a plain string, without ${…} or %{…}", template.span()));
        return new Label(value, true, template.span());
    }
}
