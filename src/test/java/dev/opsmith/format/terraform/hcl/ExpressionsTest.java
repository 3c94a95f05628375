package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Static references and generic walks over expressions. */
class ExpressionsTest {

    private static Expression parse(String text) throws HclParseException {
        return HclParser.parseExpression(SourceFile.of("e.tf", text));
    }

    @Test
    void staticTraversalsReadAttributeAndConstantIndexSteps() throws Exception {
        Traversal t = Traversal.of(parse("aws_s3_bucket.audit.tags[\"Name\"]")).orElseThrow();
        assertThat(t.root()).isEqualTo("aws_s3_bucket");
        assertThat(t.steps()).containsExactly("audit", "tags", "Name");
        assertThat(t.dotted()).isEqualTo("aws_s3_bucket.audit.tags.Name");
        assertThat(t.span()).isEqualTo(Span.of(1, 1, 1, 33));
        assertThat(Traversal.of(parse("aws_subnet.private.0.id")).orElseThrow().steps())
                .containsExactly("private", "0", "id");
        assertThat(Traversal.of(parse("var.m[var.k]"))).isEmpty();
        assertThat(Traversal.of(parse("a[*].id"))).isEmpty();
        assertThat(Traversal.of(parse("f(x).y"))).isEmpty();
    }

    @Test
    void referencesAreFoundEverywhereInAValue() throws Exception {
        Expression e = parse("merge(local.tags, { Name = \"${var.prefix}-${each.key}\" }, var.on ? "
                + "aws_kms_key.k[0].arn : null, [for s in data.aws_subnets.x.ids : s], var.m[local.k])");
        assertThat(Expressions.references(e)).extracting(Traversal::dotted).containsExactly(
                "local.tags", "var.prefix", "each.key", "var.on", "aws_kms_key.k.0.arn",
                "data.aws_subnets.x.ids", "s", "var.m", "local.k");
    }

    @Test
    void walkVisitsParentsBeforeChildren() throws Exception {
        List<String> seen = new ArrayList<>();
        Expressions.walk(parse("-(a + f(b))"), e -> seen.add(HclPrinter.print(e)));
        assertThat(seen).containsExactly("(- (paren (+ a (call f b))))", "(paren (+ a (call f b)))",
                "(+ a (call f b))", "a", "(call f b)", "b");
    }
}
