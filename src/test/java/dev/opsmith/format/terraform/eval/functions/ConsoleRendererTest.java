package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleRendererTest {

    @Test
    void rendersNestedValuesAsTheConsoleDoes() {
        Map<String, Value> tags = new LinkedHashMap<>();
        tags.put("b", Value.list(List.of(Value.of(1))));
        tags.put("a", Value.of("x\u0001é"));
        assertThat(ConsoleRenderer.render(Value.map(tags), 0)).isEqualTo("""
                {
                  "a" = "x\\x01é"
                  "b" = [
                    1,
                  ]
                }""");
    }

    @Test
    void rendersMultiLineStringsAsIndentedHeredocs() {
        assertThat(ConsoleRenderer.render(Value.list(List.of(Value.of("a\nb\n"))), 0))
                .isEqualTo("[\n  <<-EOT\n  a\n  b\n  \n  EOT,\n]");
    }

    @Test
    void removesTypeWrappersFromTerraformOutput() {
        String terraform = "tolist([\n  \"a\",\n])\ntomap({\n  \"k\" = toset([]),\n})";
        assertThat(ConsoleRenderer.withoutTypeWrappers(terraform)).isEqualTo("[\n  \"a\",\n]\n{\n  \"k\" = [],\n}");
    }
}
