package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression.Template;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON syntax mapped onto the same tree as the native syntax, with spans into the JSON text. */
class HclJsonParserTest {
    private final SourceFile source = Corpus.file("main.tf.json");

    private ConfigFile parse() throws HclParseException {
        return HclJsonParser.parse(source, JsonBlockSchema.TERRAFORM);
    }

    @Test
    void topLevelBlocksGetTheirLabelsFromNestedKeys() throws Exception {
        Body body = parse().body();
        assertThat(body.blocks()).extracting(Block::type)
                .containsExactly("terraform", "variable", "locals", "resource", "resource", "resource", "resource",
                        "output");
        Block audit = body.blocks("resource").get(0);
        assertThat(audit.labels()).extracting(Label::value).containsExactly("aws_s3_bucket", "audit");
        assertThat(audit.labels().get(1).span()).isEqualTo(Span.of(29, 7, 29, 14));
        assertThat(audit.typeSpan()).isEqualTo(Span.of(27, 3, 27, 13));
        assertThat(audit.openBrace()).isEqualTo(Span.of(29, 16, 29, 17));
        assertThat(audit.closeBrace()).isEqualTo(Span.of(33, 7, 33, 8));
        assertThat(audit.body().blocks("lifecycle")).hasSize(1);
        assertThat(audit.body().attribute("tags").orElseThrow().value()).isInstanceOf(Expression.ObjectCons.class);
    }

    @Test
    void anArrayHoldsSeveralBlocksOfTheSameLabels() throws Exception {
        List<Block> logs = parse().body().blocks("resource").stream().filter(b -> "logs".equals(b.label(1)))
                .toList();
        assertThat(logs).hasSize(2);
        assertThat(logs).extracting(b -> HclPrinter.print(b.body().attribute("bucket").orElseThrow().value()))
                .containsExactly("\"logs-a\"", "\"logs-b\"");
    }

    @Test
    void nestedMetaBlocksAndZeroLabelBlocks() throws Exception {
        Body body = parse().body();
        Block terraform = body.blocks("terraform").get(0);
        assertThat(terraform.body().blocks("backend").get(0).label(0)).isEqualTo("s3");
        assertThat(terraform.body().blocks("required_providers").get(0).body().attribute("aws")).isPresent();
        Block variable = body.blocks("variable").get(0);
        assertThat(variable.body().blocks("validation")).hasSize(1);
        Block locals = body.blocks("locals").get(0);
        assertThat(locals.body().attributes()).extracting(Attribute::name)
                .containsExactly("name", "replicas", "ratio", "enabled", "nothing", "azs");
    }

    @Test
    void valuesBecomeExpressionsAndStringsBecomeTemplates() throws Exception {
        Body locals = parse().body().blocks("locals").get(0).body();
        assertThat(HclPrinter.print(locals.attribute("name").orElseThrow().value()))
                .isEqualTo("\"payments-${(. var environment)}\"");
        Expression.NumberLiteral ratio = (Expression.NumberLiteral) locals.attribute("ratio").orElseThrow().value();
        assertThat(ratio.text()).isEqualTo("-0.25");
        assertThat(HclPrinter.print(locals.attribute("enabled").orElseThrow().value())).isEqualTo("true");
        assertThat(HclPrinter.print(locals.attribute("nothing").orElseThrow().value())).isEqualTo("null");
        assertThat(HclPrinter.print(locals.attribute("azs").orElseThrow().value()))
                .isEqualTo("[\"eu-west-1a\", \"eu-west-1b\"]");
        Template condition = (Template) parse().body().blocks("variable").get(0).body().blocks("validation").get(0)
                .body().attribute("condition").orElseThrow().value();
        assertThat(condition.kind()).isEqualTo(Template.Kind.JSON_STRING);
        assertThat(condition.unwrapped()).isPresent();
        assertThat(HclPrinter.print(condition.unwrapped().get()))
                .isEqualTo("(call contains [\"dev\", \"prod\"] (. var environment))");
    }

    @Test
    void spansInsideStringsPointPastEscapes() throws Exception {
        Block key = parse().body().blocks("resource").stream().filter(b -> "app".equals(b.label(1))).findFirst()
                .orElseThrow();
        Template description = (Template) key.body().attribute("description").orElseThrow().value();
        assertThat(HclPrinter.print(description)).isEqualTo("\"café \\\"${(. var environment)}\\\" key\"");
        TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) description.parts().get(1);
        assertThat(source.text(interpolation.expression().span())).isEqualTo("var.environment");
        assertThat(source.text(interpolation.span())).isEqualTo("${var.environment}");
    }

    @Test
    void referencesAndTypesInStringsAreNativeExpressions() throws Exception {
        String json = "{\"variable\": {\"subnets\": {\"type\": \"list(object({id = string}))\"}},\n"
                + " \"resource\": {\"aws_instance\": {\"web\": {\"depends_on\": [\"aws_s3_bucket.b\"],"
                + " \"provider\": \"aws.eu\", \"ami\": \"aws_s3_bucket.b\","
                + " \"lifecycle\": {\"ignore_changes\": [\"tags[\\\"Name\\\"]\"]}}}},\n"
                + " \"module\": {\"m\": {\"source\": \"./m\", \"providers\": {\"aws\": \"aws.eu\"}}},\n"
                + " \"moved\": [{\"from\": \"aws_s3_bucket.a\", \"to\": \"module.m.aws_s3_bucket.a[0]\"}]}";
        SourceFile file = SourceFile.of("main.tf.json", json);
        Body body = HclJsonParser.parse(file, JsonBlockSchema.TERRAFORM).body();
        Expression type = body.blocks("variable").get(0).body().attribute("type").orElseThrow().value();
        assertThat(HclPrinter.print(type)).isEqualTo("(call list (call object {id = string}))");
        assertThat(file.text(type.span())).isEqualTo("list(object({id = string}))");
        Body web = body.blocks("resource").get(0).body();
        assertThat(HclPrinter.print(web.attribute("depends_on").orElseThrow().value()))
                .isEqualTo("[(. aws_s3_bucket b)]");
        assertThat(HclPrinter.print(web.attribute("provider").orElseThrow().value())).isEqualTo("(. aws eu)");
        assertThat(HclPrinter.print(web.attribute("ami").orElseThrow().value()))
                .as("ordinary attributes stay templates").isEqualTo("\"aws_s3_bucket.b\"");
        Expression ignore = web.blocks("lifecycle").get(0).body().attribute("ignore_changes").orElseThrow().value();
        assertThat(HclPrinter.print(ignore)).isEqualTo("[([] tags \"Name\")]");
        assertThat(file.text(((Expression.Tuple) ignore).elements().get(0).span())).isEqualTo("tags[\\\"Name\\\"]");
        assertThat(HclPrinter.print(body.blocks("module").get(0).body().attribute("providers").orElseThrow().value()))
                .isEqualTo("{aws = (. aws eu)}");
        assertThat(HclPrinter.print(body.blocks("moved").get(0).body().attribute("to").orElseThrow().value()))
                .isEqualTo("([] (. (. (. module m) aws_s3_bucket) a) 0)");
        assertThatThrownBy(() -> HclJsonParser.parse(SourceFile.of("x.tf.json",
                "{\"variable\": {\"v\": {\"type\": \"list(\"}}}"), JsonBlockSchema.TERRAFORM))
                .isInstanceOf(HclParseException.class).hasMessageContaining("expected an expression, found end of file at 1:35");
    }

    @Test
    void commentPropertiesAreSkipped() throws Exception {
        assertThat(parse().body().attributes()).isEmpty();
    }

    @Test
    void tfvarsJsonIsAllAttributes() throws Exception {
        SourceFile tfvars = SourceFile.of("terraform.tfvars.json", "{\"region\": \"eu-west-1\", \"tags\": {\"a\": 1}}");
        Body body = HclJsonParser.parse(tfvars, JsonBlockSchema.ATTRIBUTES_ONLY).body();
        assertThat(body.attributes()).extracting(Attribute::name).containsExactly("region", "tags");
        assertThat(body.attribute("tags").orElseThrow().span()).isEqualTo(Span.of(1, 25, 1, 41));
    }

    @Test
    void errorsHavePositions() {
        assertJsonError("{\"a\": 1,}", "expected a property name in double quotes, found '}'", 1, 9);
        assertJsonError("[1]", "expected a JSON object at the top of the file, found an array", 1, 1);
        assertJsonError("{\"a\": \"${x\"}", "expected '}' to close the interpolation, found end of file", 1, 11);
        assertJsonError("{\"a\": 1, \"a\": 2}", "attribute 'a' redefined", 1, 10);
        assertJsonError("{\"resource\": {\"aws_s3_bucket\": \"x\"}}",
                "expected an object whose property names are the labels for the block 'resource', found a string",
                1, 32);
        assertJsonError("{\n  \"a\": tru\n}", "expected a JSON value", 2, 8);
        assertJsonError("{\"a\": \"x\ny\"}", "control character in a JSON string", 1, 9);
    }

    private static void assertJsonError(String json, String message, int line, int column) {
        assertThatThrownBy(() -> HclJsonParser.parse(SourceFile.of("x.tf.json", json), JsonBlockSchema.TERRAFORM))
                .isInstanceOfSatisfying(HclParseException.class, e -> {
                    assertThat(e.reason()).contains(message);
                    assertThat(e.span().line()).as("line of " + e.getMessage()).isEqualTo(line);
                    assertThat(e.span().column()).as("column of " + e.getMessage()).isEqualTo(column);
                });
    }
}
