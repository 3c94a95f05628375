package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.JsonReader.ArrayValue;
import dev.opsmith.format.terraform.hcl.JsonReader.LiteralValue;
import dev.opsmith.format.terraform.hcl.JsonReader.Member;
import dev.opsmith.format.terraform.hcl.JsonReader.NumberValue;
import dev.opsmith.format.terraform.hcl.JsonReader.ObjectValue;
import dev.opsmith.format.terraform.hcl.JsonReader.StringValue;
import dev.opsmith.format.terraform.hcl.JsonReader.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the JSON syntax ({@code .tf.json}, {@code .tfvars.json}) into the same tree as the native syntax,
 * following the HCL JSON mapping: the root object is a body; a property named by the schema as a block type opens
 * one nesting level per label (an array at any level holds several blocks); other properties are attributes whose
 * JSON values become expressions, with every string read as a template so that {@code "${var.x}"} is a reference.
 * Properties named {@code "//"} are comments and are skipped.
 */
public final class HclJsonParser {
    private final SourceFile file;

    private HclJsonParser(SourceFile file) {
        this.file = file;
    }

    /** Parses a whole file; {@code schema} says which properties are blocks. */
    public static ConfigFile parse(SourceFile file, JsonBlockSchema schema) throws HclParseException {
        Value root = JsonReader.read(file);
        if (!(root instanceof ObjectValue object)) {
            throw new HclParseException("expected a JSON object at the top of the file, found " + kind(root),
                    root.span());
        }
        HclJsonParser parser = new HclJsonParser(file);
        return new ConfigFile(file, parser.body(object, schema), List.of());
    }

    private Body body(ObjectValue object, JsonBlockSchema schema) throws HclParseException {
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> attributes = new HashMap<>();
        for (Member member : object.members()) {
            String name = member.key().value();
            if (name.equals("//")) continue;
            var shape = schema.block(name);
            if (shape.isPresent()) {
                blocks(member.key(), member.value(), shape.get(), new ArrayList<>(), items);
            } else {
                Expression value = schema.expressionAttributes().contains(name) ? nativeValue(member.value())
                        : expression(member.value());
                Attribute attribute = new Attribute(name, member.key().span(), value,
                        member.key().span().union(member.value().span()));
                Attribute previous = attributes.putIfAbsent(name, attribute);
                if (previous != null) {
                    throw new HclParseException("attribute '" + name + "' redefined: it is already set at "
                            + previous.nameSpan().line() + ":" + previous.nameSpan().column(), member.key().span());
                }
                items.add(attribute);
            }
        }
        return new Body(items, object.span());
    }

    /** Descends one object level per missing label, then turns each body object into a block. */
    private void blocks(StringValue type, Value value, JsonBlockSchema.BlockShape shape, List<Label> labels,
                        List<BodyItem> out) throws HclParseException {
        if (value instanceof ArrayValue array) {
            for (Value element : array.elements()) blocks(type, element, shape, labels, out);
            return;
        }
        if (!(value instanceof ObjectValue object)) {
            String expected = labels.size() < shape.labels() ? "an object whose property names are the labels"
                    : "an object (the block body) or an array of them";
            throw new HclParseException("expected " + expected + " for the block '" + type.value() + "', found "
                    + kind(value), value.span());
        }
        if (labels.size() < shape.labels()) {
            for (Member member : object.members()) {
                if (member.key().value().equals("//")) continue;
                List<Label> more = new ArrayList<>(labels);
                more.add(new Label(member.key().value(), true, member.key().span()));
                blocks(type, member.value(), shape, more, out);
            }
            return;
        }
        Body body = body(object, shape.body());
        Span s = object.span();
        Span open = Span.of(s.line(), s.column(), s.line(), s.column() + 1);
        Span close = Span.of(s.endLine(), s.endColumn() - 1, s.endLine(), s.endColumn());
        out.add(new Block(type.value(), type.span(), labels, body, open, close, type.span().union(s)));
    }

    private Expression expression(Value value) throws HclParseException {
        if (value instanceof StringValue string) return template(string);
        if (value instanceof NumberValue number) {
            return new Expression.NumberLiteral(number.text(), new BigDecimal(number.text()), number.span());
        }
        if (value instanceof LiteralValue literal) {
            return switch (literal.text()) {
                case "true" -> new Expression.BoolLiteral(true, literal.span());
                case "false" -> new Expression.BoolLiteral(false, literal.span());
                default -> new Expression.NullLiteral(literal.span());
            };
        }
        if (value instanceof ArrayValue array) {
            List<Expression> elements = new ArrayList<>();
            for (Value element : array.elements()) elements.add(expression(element));
            return new Expression.Tuple(elements, array.span());
        }
        ObjectValue object = (ObjectValue) value;
        List<Expression.ObjectItem> items = new ArrayList<>();
        for (Member member : object.members()) {
            Expression key = template(member.key());
            Expression item = expression(member.value());
            items.add(new Expression.ObjectItem(key, item, key.span().union(item.span())));
        }
        return new Expression.ObjectCons(items, object.span());
    }

    /**
     * A value whose strings hold native expressions ({@code "list(string)"}, {@code "aws_s3_bucket.b"}), in arrays
     * and objects too; other JSON values map as usual.
     */
    private Expression nativeValue(Value value) throws HclParseException {
        if (value instanceof StringValue string) return nativeExpression(string);
        if (value instanceof ArrayValue array) {
            List<Expression> elements = new ArrayList<>();
            for (Value element : array.elements()) elements.add(nativeValue(element));
            return new Expression.Tuple(elements, array.span());
        }
        if (value instanceof ObjectValue object) {
            List<Expression.ObjectItem> items = new ArrayList<>();
            for (Member member : object.members()) {
                Expression key = nativeExpression(member.key());
                Expression item = nativeValue(member.value());
                items.add(new Expression.ObjectItem(key, item, key.span().union(item.span())));
            }
            return new Expression.ObjectCons(items, object.span());
        }
        return expression(value);
    }

    private Expression nativeExpression(StringValue string) throws HclParseException {
        String text = string.value();
        Lexer lexer = new Lexer(file, text, string.origin(), 0, text.length());
        TokenStream tokens = new TokenStream(lexer);
        tokens.pushNewlines(false);
        try {
            Expression e = new ExpressionParser(tokens).parseExpression();
            Token end = tokens.next();
            if (!end.is(Token.Type.EOF)) {
                throw new HclParseException("expected the end of the expression in this string, found "
                        + end.describe(), tokens.span(end));
            }
            return e;
        } catch (StackOverflowError e) {
            throw new HclParseException("nesting too deep to parse", string.span());
        }
    }

    /** A JSON string read as a template; spans inside it point at the characters in the file. */
    private Expression.Template template(StringValue string) throws HclParseException {
        String text = string.value();
        Lexer lexer = new Lexer(file, text, string.origin(), 0, text.length());
        ExpressionParser expressions = new ExpressionParser(new TokenStream(lexer));
        List<TemplatePart> parts;
        try {
            parts = expressions.templates().parseStandalone(0);
        } catch (StackOverflowError e) {
            throw new HclParseException("nesting too deep to parse", string.span());
        }
        return new Expression.Template(Expression.Template.Kind.JSON_STRING, parts, null, string.span());
    }

    private static String kind(Value value) {
        if (value instanceof ObjectValue) return "an object";
        if (value instanceof ArrayValue) return "an array";
        if (value instanceof StringValue) return "a string";
        if (value instanceof NumberValue) return "a number";
        return ((LiteralValue) value).text();
    }
}
