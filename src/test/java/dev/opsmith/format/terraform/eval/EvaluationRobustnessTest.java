package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever parses evaluates to a value: odd snippets and absurd nesting give error values, never exceptions. */
class EvaluationRobustnessTest {

    @Test
    void everyParsableEdgeCaseEvaluatesAsAModule() throws IOException {
        String all;
        try (InputStream in = getClass().getResourceAsStream("/dev/opsmith/format/terraform/hcl/edge-cases.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] entries = all.substring(all.indexOf("----\n") + 5).split("\n----\n");
        int evaluated = 0;
        for (int i = 0; i < entries.length; i++) {
            ConfigFile file;
            try {
                file = TerraformFiles.parse(SourceFile.of("edge" + i + ".tf", entries[i] + "\n"));
            } catch (HclParseException rejected) {
                continue;
            }
            Map<String, Value> constants = Tfvars.read(file);
            assertThat(constants).hasSameSizeAs(file.body().attributes());
            EvaluatedModule module = ModuleEvaluator.evaluate(ModuleLoader.load("", List.of(file)), ModuleInputs.root(Map.of()));
            String name = "edge" + i + ".tf";
            assertThat(module.problems()).allSatisfy(p -> assertThat(p.where().file().relativePath()).isEqualTo(name));
            evaluated++;
        }
        assertThat(evaluated).isGreaterThan(10);
    }

    @Test
    void absurdNestingIsAnErrorValue() {
        Span span = Span.of(1, 1, 1, 2);
        Expression deep = new Expression.NumberLiteral("1", BigDecimal.ONE, span);
        for (int i = 0; i < 1_500; i++) deep = new Expression.Tuple(List.of(deep), span);
        Value v = new ExpressionEvaluator("deep.tf", FunctionContext.NONE).evaluate(deep, Scope.EMPTY);
        assertThat(v.isError()).isTrue();
        assertThat(v.toString()).contains("nested too deeply");
    }
}
