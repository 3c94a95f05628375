package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression.Binary;
import dev.opsmith.format.terraform.hcl.Expression.Conditional;
import dev.opsmith.format.terraform.hcl.Expression.For;
import dev.opsmith.format.terraform.hcl.Expression.FunctionCall;
import dev.opsmith.format.terraform.hcl.Expression.GetAttr;
import dev.opsmith.format.terraform.hcl.Expression.Index;
import dev.opsmith.format.terraform.hcl.Expression.ObjectCons;
import dev.opsmith.format.terraform.hcl.Expression.ObjectItem;
import dev.opsmith.format.terraform.hcl.Expression.Splat;
import dev.opsmith.format.terraform.hcl.Expression.SplatItem;
import dev.opsmith.format.terraform.hcl.Expression.Tuple;
import dev.opsmith.format.terraform.hcl.Token.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recursive descent over the expression language: conditional, then binary operators by precedence level,
 * then unary operators, then terms with their postfix operations. Nesting is bounded so that hostile input
 * gives a parse error instead of exhausting the stack.
 */
final class ExpressionParser {
    /** Deeper nesting than this is rejected; real configurations stay far below it. */
    static final int MAX_DEPTH = 128;

    private final TokenStream tokens;
    private final TemplateParser templates;
    private int depth;

    ExpressionParser(TokenStream tokens) {
        this.tokens = tokens;
        this.templates = new TemplateParser(tokens, this);
    }

    TemplateParser templates() {
        return templates;
    }

    /** Counts one level of nesting; callers pair it with {@link #leave()}. */
    void enter() throws HclParseException {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new HclParseException("nesting too deep: more than " + MAX_DEPTH + " levels of expressions, "
                    + "blocks or templates", tokens.span(tokens.peek()));
        }
    }

    void leave() {
        if (depth > 0) depth--;
    }

    Expression parseExpression() throws HclParseException {
        enter();
        try {
            Expression condition = parseBinary(BinaryOperator.LOWEST);
            if (!tokens.peek().is(Type.QUESTION)) return condition;
            tokens.next();
            Expression whenTrue = parseExpression();
            expect(Type.COLON, "':' after the true result of a conditional");
            Expression whenFalse = parseExpression();
            return new Conditional(condition, whenTrue, whenFalse, condition.span().union(whenFalse.span()));
        } finally {
            leave();
        }
    }

    private Expression parseBinary(int level) throws HclParseException {
        if (level > BinaryOperator.HIGHEST) return parseUnary();
        Expression left = parseBinary(level + 1);
        while (true) {
            BinaryOperator op = binaryOperator(tokens.peek());
            if (op == null || op.level() != level) return left;
            tokens.next();
            Expression right = parseBinary(level + 1);
            left = new Binary(op, left, right, left.span().union(right.span()));
        }
    }

    private static BinaryOperator binaryOperator(Token t) {
        return switch (t.type()) {
            case OR -> BinaryOperator.OR;
            case AND -> BinaryOperator.AND;
            case EQ -> BinaryOperator.EQUAL;
            case NOT_EQ -> BinaryOperator.NOT_EQUAL;
            case LT -> BinaryOperator.LESS;
            case GT -> BinaryOperator.GREATER;
            case LE -> BinaryOperator.LESS_OR_EQUAL;
            case GE -> BinaryOperator.GREATER_OR_EQUAL;
            case PLUS -> BinaryOperator.ADD;
            case MINUS -> BinaryOperator.SUBTRACT;
            case STAR -> BinaryOperator.MULTIPLY;
            case SLASH -> BinaryOperator.DIVIDE;
            case PERCENT -> BinaryOperator.MODULO;
            default -> null;
        };
    }

    private Expression parseUnary() throws HclParseException {
        Token t = tokens.peek();
        if (!t.is(Type.MINUS) && !t.is(Type.BANG)) return parseTerm();
        tokens.next();
        enter();
        try {
            Expression operand = parseUnary();
            UnaryOperator op = t.is(Type.MINUS) ? UnaryOperator.NEGATE : UnaryOperator.NOT;
            return new Expression.Unary(op, operand, tokens.span(t).union(operand.span()));
        } finally {
            leave();
        }
    }

    private Expression parseTerm() throws HclParseException {
        Expression term = parsePrimary();
        while (true) {
            Token t = tokens.peek();
            if (t.is(Type.DOT)) {
                term = tokens.peek(1).is(Type.STAR) ? attributeSplat(term) : dotted(term, term);
            } else if (t.is(Type.LBRACKET)) {
                term = tokens.peek(1).is(Type.STAR) ? fullSplat(term) : index(term, term);
            } else {
                return term;
            }
        }
    }

    /** {@code .name} or the legacy index {@code .0}, applied to {@code target}; {@code start} is where it began. */
    private Expression dotted(Expression target, Expression start) throws HclParseException {
        tokens.next();
        Token t = tokens.next();
        if (t.is(Type.IDENTIFIER)) {
            return new GetAttr(target, t.text(), tokens.span(t), start.span().union(tokens.span(t)));
        }
        if (t.is(Type.NUMBER)) {
            if (t.text().contains(".")) {
                throw new HclParseException("invalid legacy index syntax: expected a whole number after '.', found "
                        + t.describe() + " (write [0][0] to index twice)", tokens.span(t));
            }
            Expression key = number(t);
            return new Index(target, key, true, start.span().union(key.span()));
        }
        throw new HclParseException("expected an attribute name after '.', found " + t.describe(), tokens.span(t));
    }

    /** {@code [key]} applied to {@code target}; {@code start} is where the whole traversal began. */
    private Expression index(Expression target, Expression start) throws HclParseException {
        tokens.next();
        tokens.pushNewlines(false);
        Expression key = parseExpression();
        Token close = expect(Type.RBRACKET, "']' to close the index");
        tokens.popNewlines();
        return new Index(target, key, false, start.span().union(tokens.span(close)));
    }

    /** {@code .*} followed by attribute names only. */
    private Expression attributeSplat(Expression source) throws HclParseException {
        Token dot = tokens.next();
        Token star = tokens.next();
        Span operator = tokens.span(dot).union(tokens.span(star));
        Expression each = new SplatItem(operator);
        while (tokens.peek().is(Type.DOT)) {
            Token after = tokens.peek(1);
            if (after.is(Type.STAR)) {
                throw new HclParseException("nested splat expression not allowed: '.*' cannot follow an "
                        + "attribute-only splat (use [*] for the outer one)", tokens.span(after));
            }
            if (!after.is(Type.IDENTIFIER)) break;
            each = dotted(each, each);
        }
        return new Splat(source, false, each, source.span().union(each.span()));
    }

    /** {@code [*]} followed by any attribute and index operations. */
    private Expression fullSplat(Expression source) throws HclParseException {
        Token open = tokens.next();
        tokens.next();
        Token close = expect(Type.RBRACKET, "']' after '[*'");
        Expression each = new SplatItem(tokens.span(open).union(tokens.span(close)));
        while (true) {
            Token t = tokens.peek();
            if (t.is(Type.DOT) && !tokens.peek(1).is(Type.STAR)) {
                each = dotted(each, each);
            } else if (t.is(Type.LBRACKET) && !tokens.peek(1).is(Type.STAR)) {
                each = index(each, each);
            } else {
                return new Splat(source, true, each, source.span().union(each.span()));
            }
        }
    }

    private Expression parsePrimary() throws HclParseException {
        Token t = tokens.peek();
        switch (t.type()) {
            case NUMBER -> {
                tokens.next();
                return number(t);
            }
            case IDENTIFIER -> {
                return identifierTerm();
            }
            case OPEN_QUOTE -> {
                return templates.parseQuoted();
            }
            case HEREDOC, INDENTED_HEREDOC -> {
                return templates.parseHeredoc();
            }
            case LBRACKET -> {
                return tupleOrFor();
            }
            case LBRACE -> {
                return objectOrFor();
            }
            case LPAREN -> {
                tokens.next();
                tokens.pushNewlines(false);
                Expression inner = parseExpression();
                Token close = expect(Type.RPAREN, "')' to close the parenthesis");
                tokens.popNewlines();
                return new Expression.Parenthesized(inner, tokens.span(t).union(tokens.span(close)));
            }
            default -> throw new HclParseException("expected an expression, found " + t.describe(), tokens.span(t));
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Expression number(Token t) throws HclParseException {
        if (!NUMBER.matcher(t.text()).matches()) {
            throw new HclParseException("invalid number literal '" + t.text() + "': expected digits with at most one "
                    + "decimal point and one exponent", tokens.span(t));
        }
        return new Expression.NumberLiteral(t.text(), new BigDecimal(t.text()), tokens.span(t));
    }

    private Expression identifierTerm() throws HclParseException {
        Token name = tokens.next();
        Span span = tokens.span(name);
        Token after = tokens.peek();
        if (after.is(Type.LPAREN) || after.is(Type.DOUBLE_COLON)) return functionCall(name);
        return switch (name.text()) {
            case "true" -> new Expression.BoolLiteral(true, span);
            case "false" -> new Expression.BoolLiteral(false, span);
            case "null" -> new Expression.NullLiteral(span);
            default -> new Expression.Variable(name.text(), span);
        };
    }

    private Expression functionCall(Token first) throws HclParseException {
        StringBuilder name = new StringBuilder(first.text());
        Span nameSpan = tokens.span(first);
        while (tokens.peek().is(Type.DOUBLE_COLON)) {
            tokens.next();
            Token part = expect(Type.IDENTIFIER, "a name after '::'");
            name.append("::").append(part.text());
            nameSpan = nameSpan.union(tokens.span(part));
        }
        expect(Type.LPAREN, "'(' after the function name " + name);
        tokens.pushNewlines(false);
        List<Expression> arguments = new ArrayList<>();
        boolean expand = false;
        Token close;
        while (true) {
            if (tokens.peek().is(Type.RPAREN)) {
                close = tokens.next();
                break;
            }
            arguments.add(parseExpression());
            Token t = tokens.next();
            if (t.is(Type.ELLIPSIS)) {
                expand = true;
                close = expect(Type.RPAREN, "')' after '...' (only the last argument can be expanded)");
                break;
            }
            if (t.is(Type.RPAREN)) {
                close = t;
                break;
            }
            if (!t.is(Type.COMMA)) {
                throw new HclParseException("expected ',' or ')' after a function argument of " + name
                        + ", found " + t.describe(), tokens.span(t));
            }
        }
        tokens.popNewlines();
        return new FunctionCall(name.toString(), nameSpan, arguments, expand,
                nameSpan.union(tokens.span(close)));
    }

    private Expression tupleOrFor() throws HclParseException {
        Token open = tokens.next();
        tokens.pushNewlines(false);
        if (tokens.peek().isKeyword("for")) {
            Expression result = forExpression(open, false);
            tokens.popNewlines();
            return result;
        }
        List<Expression> elements = new ArrayList<>();
        Token close;
        while (true) {
            if (tokens.peek().is(Type.RBRACKET)) {
                close = tokens.next();
                break;
            }
            elements.add(parseExpression());
            Token t = tokens.next();
            if (t.is(Type.RBRACKET)) {
                close = t;
                break;
            }
            if (!t.is(Type.COMMA)) {
                throw new HclParseException("expected ',' or ']' after a tuple element, found " + t.describe(),
                        tokens.span(t));
            }
        }
        tokens.popNewlines();
        return new Tuple(elements, tokens.span(open).union(tokens.span(close)));
    }

    private Expression objectOrFor() throws HclParseException {
        Token open = tokens.next();
        tokens.pushNewlines(false);
        if (tokens.peek().isKeyword("for")) {
            Expression result = forExpression(open, true);
            tokens.popNewlines();
            return result;
        }
        tokens.popNewlines();
        tokens.pushNewlines(true);
        List<ObjectItem> items = new ArrayList<>();
        Token close;
        while (true) {
            tokens.skipNewlines();
            if (tokens.peek().is(Type.RBRACE)) {
                close = tokens.next();
                break;
            }
            Expression key = parseExpression();
            Token separator = tokens.next();
            if (!separator.is(Type.EQUALS) && !separator.is(Type.COLON)) {
                throw new HclParseException("expected '=' or ':' after an object key, found " + separator.describe(),
                        tokens.span(separator));
            }
            Expression value = parseExpression();
            items.add(new ObjectItem(key, value, key.span().union(value.span())));
            Token t = tokens.peek();
            if (t.is(Type.COMMA) || t.is(Type.NEWLINE)) {
                tokens.next();
            } else if (!t.is(Type.RBRACE)) {
                throw new HclParseException("expected a newline, ',' or '}' after an object item, found "
                        + t.describe(), tokens.span(t));
            }
        }
        tokens.popNewlines();
        return new ObjectCons(items, tokens.span(open).union(tokens.span(close)));
    }

    /** After the opening bracket or brace, with newlines already ignored. */
    private Expression forExpression(Token open, boolean object) throws HclParseException {
        tokens.next();
        Token first = expect(Type.IDENTIFIER, "a variable name after 'for'");
        String keyVariable = null;
        String valueVariable = first.text();
        if (tokens.accept(Type.COMMA)) {
            keyVariable = first.text();
            valueVariable = expect(Type.IDENTIFIER, "a second variable name after ',' in 'for'").text();
        }
        Token in = tokens.next();
        if (!in.isKeyword("in")) {
            throw new HclParseException("invalid 'for' expression: expected 'in' after the variable name"
                    + (keyVariable == null ? "" : "s") + ", found " + in.describe(), tokens.span(in));
        }
        Expression collection = parseExpression();
        expect(Type.COLON, "':' after the collection of a 'for' expression");
        Expression keyExpression = null;
        if (object) {
            keyExpression = parseExpression();
            expect(Type.FAT_ARROW, "'=>' after the key of an object 'for' expression");
        }
        Expression value = parseExpression();
        boolean grouping = object && tokens.accept(Type.ELLIPSIS);
        Expression condition = null;
        if (tokens.peek().isKeyword("if")) {
            tokens.next();
            condition = parseExpression();
        }
        Token close = tokens.next();
        Type closing = object ? Type.RBRACE : Type.RBRACKET;
        if (!close.is(closing)) {
            throw new HclParseException("invalid 'for' expression: expected " + (object ? "'}'" : "']'")
                    + (condition == null ? " or 'if'" : "") + " after the result, found " + close.describe(),
                    tokens.span(close));
        }
        return new For(keyVariable, valueVariable, collection, keyExpression, value, grouping, condition,
                tokens.span(open).union(tokens.span(close)));
    }

    Token expect(Type type, String what) throws HclParseException {
        Token t = tokens.next();
        if (!t.is(type)) {
            throw new HclParseException("expected " + what + ", found " + t.describe(), tokens.span(t));
        }
        return t;
    }
}
