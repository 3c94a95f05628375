package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.Expression.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strip markers and heredoc indentation are applied at parse time, so the literal values in our tree must be what
 * Terraform produces. For templates that need no variables, this renders our tree (a minimal renderer that knows
 * only literals, booleans and tuples of strings) and compares with {@code terraform console}.
 */
class TerraformConsoleTemplateTest {

    @TempDir
    Path scratch;

    @BeforeAll
    static void needsTerraform() {
        dev.opsmith.format.terraform.TerraformOracle.require();
    }

    @Test
    void renderedTemplatesMatchTerraform() throws Exception {
        String text = Corpus.readResource("/dev/opsmith/format/terraform/hcl/template-values.tf");
        Body locals = HclParser.parse(SourceFile.of("main.tf", text)).body().blocks("locals").get(0).body();
        List<String> names = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (Attribute a : locals.attributes()) {
            names.add(a.name());
            ours.add(render((Template) a.value(), Map.of()));
        }
        List<String> theirs = terraformValues(text, names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(ours.get(i)).as("value of local.%s", names.get(i)).isEqualTo(theirs.get(i));
        }
    }

    private List<String> terraformValues(String config, List<String> names) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(scratch.resolve("config"));
        Files.writeString(dir.resolve("main.tf"), config, StandardCharsets.UTF_8);
        Path home = Files.createDirectories(scratch.resolve("home"));
        ProcessBuilder pb = dev.opsmith.format.terraform.TerraformOracle.command(dir, home, List.of("console"));
        Process p = pb.start();
        // console evaluates only the last line it reads from a pipe, so ask for everything in one expression
        StringBuilder expression = new StringBuilder("jsonencode([");
        for (String name : names) expression.append("base64encode(local.").append(name).append("),");
        expression.setLength(expression.length() - 1);
        expression.append("])\n");
        try (var in = p.getOutputStream()) {
            in.write(expression.toString().getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("terraform console: %s", err).isZero();
        // out is "[\"base64\",\"base64\"]": an HCL string holding a JSON array of base64 strings
        String json = out.substring(1, out.length() - 1).replace("\\\"", "\"");
        List<String> values = new ArrayList<>();
        for (String item : json.substring(1, json.length() - 1).split(",")) {
            String b64 = item.substring(1, item.length() - 1);
            values.add(new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8));
        }
        assertThat(values).hasSameSizeAs(names);
        return values;
    }

    /** Renders what needs no variables: literals, booleans, numbers, tuples of those, and loop variables. */
    private static String render(Template template, Map<String, Object> scope) {
        return render(template.parts(), scope);
    }

    private static String render(List<TemplatePart> parts, Map<String, Object> scope) {
        StringBuilder sb = new StringBuilder();
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Literal l) {
                sb.append(l.value());
            } else if (part instanceof TemplatePart.Interpolation i) {
                sb.append(value(i.expression(), scope));
            } else if (part instanceof TemplatePart.If i) {
                boolean condition = (Boolean) value(i.condition(), scope);
                sb.append(render(condition ? i.thenParts() : i.elseParts(), scope));
            } else if (part instanceof TemplatePart.For f) {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) value(f.collection(), scope);
                for (int n = 0; n < items.size(); n++) {
                    Map<String, Object> inner = new HashMap<>(scope);
                    inner.put(f.valueVariable(), items.get(n));
                    if (f.keyVariable() != null) inner.put(f.keyVariable(), n);
                    sb.append(render(f.body(), inner));
                }
            }
        }
        return sb.toString();
    }

    private static Object value(Expression e, Map<String, Object> scope) {
        if (e instanceof Template t) return render(t, scope);
        if (e instanceof Expression.BoolLiteral b) return b.value();
        if (e instanceof Expression.NumberLiteral n) return n.text();
        if (e instanceof Expression.Variable v && scope.containsKey(v.name())) return scope.get(v.name());
        if (e instanceof Expression.Tuple t) {
            List<Object> items = new ArrayList<>();
            for (Expression element : t.elements()) items.add(value(element, scope));
            return items;
        }
        throw new IllegalArgumentException("the test renderer cannot evaluate " + HclPrinter.print(e));
    }
}
