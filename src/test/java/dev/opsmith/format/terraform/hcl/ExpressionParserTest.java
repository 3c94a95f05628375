package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression.Binary;
import dev.opsmith.format.terraform.hcl.Expression.Conditional;
import dev.opsmith.format.terraform.hcl.Expression.For;
import dev.opsmith.format.terraform.hcl.Expression.FunctionCall;
import dev.opsmith.format.terraform.hcl.Expression.GetAttr;
import dev.opsmith.format.terraform.hcl.Expression.Index;
import dev.opsmith.format.terraform.hcl.Expression.NumberLiteral;
import dev.opsmith.format.terraform.hcl.Expression.ObjectCons;
import dev.opsmith.format.terraform.hcl.Expression.Splat;
import dev.opsmith.format.terraform.hcl.Expression.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expression form of the native syntax, with the exact extent of each node. */
class ExpressionParserTest {
    private SourceFile file;

    private Expression parse(String text) throws HclParseException {
        file = SourceFile.of("expr.tf", text);
        return HclParser.parseExpression(file);
    }

    private String text(Expression e) {
        return file.text(e.span());
    }

    @Test
    void numbersKeepTheirTextAndExactValue() throws Exception {
        NumberLiteral n = (NumberLiteral) parse("0.10");
        assertThat(n.text()).isEqualTo("0.10");
        assertThat(n.value()).isEqualByComparingTo("0.1");
        assertThat(((NumberLiteral) parse("1.5e3")).value()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(((NumberLiteral) parse("12345678901234567890123")).value().toBigInteger().toString())
                .isEqualTo("12345678901234567890123");
        assertThat(n.span()).isEqualTo(Span.of(1, 1, 1, 5));
    }

    @Test
    void keywordLiterals() throws Exception {
        assertThat(parse("true")).isEqualTo(new Expression.BoolLiteral(true, Span.of(1, 1, 1, 5)));
        assertThat(parse("false")).isEqualTo(new Expression.BoolLiteral(false, Span.of(1, 1, 1, 6)));
        assertThat(parse(" null")).isEqualTo(new Expression.NullLiteral(Span.of(1, 2, 1, 6)));
    }

    @Test
    void traversalsNestWithTheirOwnSpans() throws Exception {
        Expression e = parse("aws_s3_bucket.audit.tags[\"Name\"].0");
        Index legacy = (Index) e;
        assertThat(legacy.legacy()).isTrue();
        assertThat(text(legacy.key())).isEqualTo("0");
        Index index = (Index) legacy.target();
        assertThat(index.legacy()).isFalse();
        assertThat(text(index)).isEqualTo("aws_s3_bucket.audit.tags[\"Name\"]");
        GetAttr tags = (GetAttr) index.target();
        assertThat(tags.name()).isEqualTo("tags");
        assertThat(tags.nameSpan()).isEqualTo(Span.of(1, 21, 1, 25));
        assertThat(text(tags)).isEqualTo("aws_s3_bucket.audit.tags");
        assertThat(HclPrinter.print(e)).isEqualTo("([] ([] (. (. aws_s3_bucket audit) tags) \"Name\") 0)");
    }

    @Test
    void legacyIndexCannotBeChained() {
        assertParseError("foo.0.0.bar", "invalid legacy index syntax", 1, 5);
        assertParseError("1.5.2", "invalid number literal '1.5.2'", 1, 1);
        assertParseError("x.*.y.*", "nested splat expression not allowed", 1, 7);
    }

    @Test
    void fullSplatTakesIndexAndAttributeSteps() throws Exception {
        Splat s = (Splat) parse("aws_subnet.private[*].tags[\"az\"]");
        assertThat(s.full()).isTrue();
        assertThat(text(s.source())).isEqualTo("aws_subnet.private");
        assertThat(text(s.each())).isEqualTo("[*].tags[\"az\"]");
        assertThat(HclPrinter.print(s)).isEqualTo("([*] (. aws_subnet private) ([] (. _ tags) \"az\"))");
        assertThat(s.span()).isEqualTo(Span.of(1, 1, 1, 33));
    }

    @Test
    void attributeSplatStopsBeforeAnIndex() throws Exception {
        Expression e = parse("aws_instance.web.*.id[0]");
        assertThat(HclPrinter.print(e)).isEqualTo("([] (.* (. aws_instance web) (. _ id)) 0)");
        Splat splat = (Splat) ((Index) e).target();
        assertThat(splat.full()).isFalse();
        assertThat(text(splat)).isEqualTo("aws_instance.web.*.id");
    }

    @Test
    void splatOfASplat() throws Exception {
        assertThat(HclPrinter.print(parse("a[*].b[*].c")))
                .isEqualTo("([*] ([*] a (. _ b)) (. _ c))");
    }

    @Test
    void functionCallsWithNamespacesAndExpansion() throws Exception {
        FunctionCall call = (FunctionCall) parse("provider::aws::arn_parse(var.arn)");
        assertThat(call.name()).isEqualTo("provider::aws::arn_parse");
        assertThat(call.nameSpan()).isEqualTo(Span.of(1, 1, 1, 25));
        assertThat(call.arguments()).hasSize(1);
        assertThat(text(call.arguments().get(0))).isEqualTo("var.arn");

        FunctionCall expanded = (FunctionCall) parse("concat(\n  local.a,\n  local.lists...\n)");
        assertThat(expanded.expandFinal()).isTrue();
        assertThat(expanded.arguments()).hasSize(2);
        assertThat(expanded.span()).isEqualTo(Span.of(1, 1, 4, 2));
        assertThat(((FunctionCall) parse("f(a, b,)")).arguments()).hasSize(2);
        assertThat(((FunctionCall) parse("timestamp()")).arguments()).isEmpty();
    }

    @Test
    void tuplesAllowNewlinesAndATrailingComma() throws Exception {
        Tuple t = (Tuple) parse("[\n  1,\n  \"two\",\n  [3],\n]");
        assertThat(t.elements()).hasSize(3);
        assertThat(t.elements().get(1).span()).isEqualTo(Span.of(3, 3, 3, 8));
        assertThat(t.span()).isEqualTo(Span.of(1, 1, 5, 2));
        assertThat(((Tuple) parse("[]")).elements()).isEmpty();
    }

    @Test
    void objectKeysAreNamesExpressionsOrParenthesised() throws Exception {
        ObjectCons o = (ObjectCons) parse("{\n  Name = \"x\"\n  \"kubernetes.io/role\": 1,\n  (var.key) = 2\n"
                + "  \"${var.p}-k\" = 3\n}");
        assertThat(o.items()).hasSize(4);
        assertThat(o.items().get(0).literalKey()).contains("Name");
        assertThat(o.items().get(0).key().span()).isEqualTo(Span.of(2, 3, 2, 7));
        assertThat(o.items().get(1).literalKey()).contains("kubernetes.io/role");
        assertThat(o.items().get(2).key()).isInstanceOf(Expression.Parenthesized.class);
        assertThat(o.items().get(2).literalKey()).isEmpty();
        assertThat(o.items().get(3).literalKey()).isEmpty();
        assertThat(o.items().get(3).span()).isEqualTo(Span.of(5, 3, 5, 19));
        assertThat(((ObjectCons) parse("{a = 1, b = 2,}")).items()).hasSize(2);
    }

    @Test
    void objectItemsOnOneLineNeedACommaBetweenThem() {
        assertParseError("{\n a = 1 b = 2\n}", "expected a newline, ',' or '}' after an object item, "
                + "found identifier 'b'", 2, 8);
    }

    @Test
    void tupleForWithCondition() throws Exception {
        For f = (For) parse("[for i, s in var.subnets : s.id if i < 2]");
        assertThat(f.producesObject()).isFalse();
        assertThat(f.keyVariable()).isEqualTo("i");
        assertThat(f.valueVariable()).isEqualTo("s");
        assertThat(text(f.collection())).isEqualTo("var.subnets");
        assertThat(text(f.valueExpression())).isEqualTo("s.id");
        assertThat(text(f.condition())).isEqualTo("i < 2");
        assertThat(f.span()).isEqualTo(Span.of(1, 1, 1, 42));
    }

    @Test
    void objectForWithGroupingAndAConditionalKey() throws Exception {
        For f = (For) parse("{\n  for az, cidr in local.subnets :\n  (var.prod ? az : \"shared\") => cidr...\n"
                + "  if cidr != null\n}");
        assertThat(f.producesObject()).isTrue();
        assertThat(f.grouping()).isTrue();
        assertThat(f.keyExpression()).isInstanceOf(Expression.Parenthesized.class);
        assertThat(text(f.keyExpression())).isEqualTo("(var.prod ? az : \"shared\")");
        assertThat(f.span()).isEqualTo(Span.of(1, 1, 5, 2));
        assertThat(HclPrinter.print(f)).isEqualTo("{for az, cidr in (. local subnets) : "
                + "(paren (? (. var prod) az \"shared\")) => cidr... if (!= cidr null)}");
    }

    @Test
    void forNeedsItsKeywordsInOrder() {
        assertParseError("[for x, y, z in v : x]", "invalid 'for' expression: expected 'in'", 1, 10);
        assertParseError("{for = 1}", "expected a variable name after 'for', found '='", 1, 6);
        assertParseError("{for k, v in m : k => v if v ...}", "invalid 'for' expression: expected '}'", 1, 30);
    }

    @Test
    void conditionalsNestToTheRight() throws Exception {
        Conditional c = (Conditional) parse("a ? b : c ? d : e");
        assertThat(text(c.whenFalse())).isEqualTo("c ? d : e");
        assertThat(c.span()).isEqualTo(Span.of(1, 1, 1, 18));
    }

    @Test
    void unaryOperatorsBindTighterThanBinaryOnes() throws Exception {
        assertThat(HclPrinter.print(parse("-a.b * -2"))).isEqualTo("(* (- (. a b)) (- 2))");
        assertThat(HclPrinter.print(parse("!!x && y"))).isEqualTo("(&& (! (! x)) y)");
        Expression.Unary u = (Expression.Unary) ((Binary) parse("!x || y")).left();
        assertThat(u.operator()).isEqualTo(UnaryOperator.NOT);
        assertThat(u.span()).isEqualTo(Span.of(1, 1, 1, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~~", value = {
        "a || b && c ~~ (|| a (&& b c))",
        "a && b == c ~~ (&& a (== b c))",
        "a == b < c ~~ (== a (< b c))",
        "a != b >= c ~~ (!= a (>= b c))",
        "a < b + c ~~ (< a (+ b c))",
        "a <= b - c ~~ (<= a (- b c))",
        "a > b * c ~~ (> a (* b c))",
        "a + b / c ~~ (+ a (/ b c))",
        "a - b % c ~~ (- a (% b c))",
        "a - b - c ~~ (- (- a b) c)",
        "a / b * c ~~ (* (/ a b) c)",
        "a == b == c ~~ (== (== a b) c)",
        "(a || b) && c ~~ (&& (paren (|| a b)) c)",
        "a ? b || c : d && e ~~ (? a (|| b c) (&& d e))",
        "a + b > c ? 1 : 2 ~~ (? (> (+ a b) c) 1 2)",
        "-a + b ~~ (+ (- a) b)",
    })
    void precedenceFollowsTheSpecificationTable(String source, String expected) throws Exception {
        assertThat(HclPrinter.print(parse(source))).isEqualTo(expected);
    }

    @Test
    void binarySpansCoverBothOperands() throws Exception {
        Binary b = (Binary) parse("var.max -  1");
        assertThat(b.operator()).isEqualTo(BinaryOperator.SUBTRACT);
        assertThat(b.span()).isEqualTo(Span.of(1, 1, 1, 13));
        assertThat(text(b.right())).isEqualTo("1");
    }

    @Test
    void parenthesesKeepTheirSpanAndIgnoreNewlines() throws Exception {
        Expression.Parenthesized p = (Expression.Parenthesized) parse("(\n  a\n  + b\n)");
        assertThat(p.span()).isEqualTo(Span.of(1, 1, 4, 2));
        assertThat(HclPrinter.print(p.expression())).isEqualTo("(+ a b)");
    }

    @Test
    void commentsInsideExpressionsAreWhitespace() throws Exception {
        assertThat(HclPrinter.print(parse("[1, /* two */ 2, # three\n 3]"))).isEqualTo("[1, 2, 3]");
    }

    @Test
    void identifiersMayHoldDashesAndUnicodeLetters() throws Exception {
        assertThat(HclPrinter.print(parse("my-var.été_1"))).isEqualTo("(. my-var été_1)");
        assertThat(HclPrinter.print(parse("_private"))).isEqualTo("_private");
    }

    private void assertParseError(String source, String message, int line, int column) {
        try {
            parse(source);
        } catch (HclParseException e) {
            assertThat(e.reason()).contains(message);
            assertThat(e.span().line()).as("line").isEqualTo(line);
            assertThat(e.span().column()).as("column").isEqualTo(column);
            return;
        }
        throw new AssertionError("expected a parse error for " + source);
    }
}
