package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.HclParser;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Variable types: parsing, conversion of primitives and collections, optional attributes, error paths. */
class TypeConstraintTest {

    private static TypeConstraint type(String text) throws HclParseException {
        return TypeConstraint.parse(HclParser.parseExpression(SourceFile.of("variables.tf", text))).orElseThrow();
    }

    @Test
    void primitivesConvertAsTerraformDoes() throws HclParseException {
        assertThat(type("number").convert(Value.of("42"))).isEqualTo(Value.of(42));
        assertThat(type("string").convert(Value.of(3))).isEqualTo(Value.of("3"));
        assertThat(type("bool").convert(Value.of("true"))).isEqualTo(Value.of(true));
        assertThat(type("number").convert(Value.of("many")).toString()).contains("number required, got string");
        assertThat(type("string").convert(Value.nullValue()).isNull()).isTrue();
    }

    @Test
    void collectionsConvertTheirElements() throws HclParseException {
        assertThat(type("list(number)").convert(Value.list(List.of(Value.of("1"), Value.of(2)))))
                .isEqualTo(Value.list(List.of(Value.of(1), Value.of(2))));
        assertThat(type("set(string)").convert(Value.list(List.of(Value.of("b"), Value.of("a"), Value.of("b")))))
                .isEqualTo(Value.list(List.of(Value.of("a"), Value.of("b"))));
        assertThat(type("map(bool)").convert(Value.map(Map.of("x", Value.of("false")))))
                .isEqualTo(Value.map(Map.of("x", Value.of(false))));
        assertThat(type("tuple([string, number])").convert(Value.list(List.of(Value.of("a"), Value.of("1")))))
                .isEqualTo(Value.list(List.of(Value.of("a"), Value.of(1))));
    }

    @Test
    void errorsSayWhereInTheValue() throws HclParseException {
        Value v = type("map(object({ ports = list(number) }))").convert(Value.map(Map.of("web",
                Value.map(Map.of("ports", Value.list(List.of(Value.of(80), Value.of("http"))))))));
        assertThat(v.toString()).contains("at [\"web\"].ports[1]: number required, got string");
        assertThat(type("object({ name = string })").convert(Value.map(Map.of())).toString()).contains("\"name\" is required");
    }

    @Test
    void optionalAttributesTakeTheirDefaultAndExtraAttributesAreDropped() throws HclParseException {
        TypeConstraint t = type("object({ name = string, port = optional(number, 443), tls = optional(bool) })");
        Value v = t.convert(Value.map(Map.of("name", Value.of("api"), "extra", Value.of(1))));
        assertThat(v.entries().keySet()).containsExactly("name", "port", "tls");
        assertThat(v.get("port")).isEqualTo(Value.of(443));
        assertThat(v.get("tls").isNull()).isTrue();
        assertThat(t.convert(Value.map(Map.of("name", Value.of("x"), "port", Value.nullValue()))).get("port"))
                .isEqualTo(Value.of(443));
    }

    @Test
    void unknownValuesStayUnknownAndSecretsStaySecret() throws HclParseException {
        assertThat(type("list(string)").convert(Value.unknown("var.x has no value")).unknownReasons())
                .containsExactly("var.x has no value");
        assertThat(type("number").convert(Value.of("5").markSensitive()).isSensitive()).isTrue();
        assertThat(type("any").convert(Value.of("as is"))).isEqualTo(Value.of("as is"));
    }

    @Test
    void unsupportedSpecificationsAreNotGuessed() throws HclParseException {
        assertThat(TypeConstraint.parse(HclParser.parseExpression(SourceFile.of("v.tf", "strin")))).isEmpty();
        assertThat(TypeConstraint.parse(HclParser.parseExpression(SourceFile.of("v.tf", "list(string, number)")))).isEmpty();
    }
}
