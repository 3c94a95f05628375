package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test: every local of {@code console-locals.tf} evaluated by us and by {@code terraform console}
 * (the real evaluator, offline, no providers) must be the same value. Terraform is asked once, for all locals
 * in one JSON document.
 */
class TerraformConsoleEvaluationTest {
    private static final String FIXTURE = "/dev/opsmith/format/terraform/eval/console-locals.tf";

    @TempDir
    Path scratch;

    @BeforeAll
    static void needsTerraform() {
        dev.opsmith.format.terraform.TerraformOracle.require();
    }

    @Test
    void everyLocalEvaluatesAsTerraformEvaluatesIt() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TerraformModule module = ModuleLoader.load("", List.of(TerraformFiles.parse(SourceFile.of("main.tf", text))));
        EvaluatedModule ours = ModuleEvaluator.evaluate(module, ModuleInputs.root(Map.of()));
        assertThat(ours.problems()).isEmpty();

        JsonNode theirs = terraformLocals(text, new ArrayList<>(module.locals().keySet()));
        for (Map.Entry<String, Value> local : ours.locals().entrySet()) {
            assertThat(canonical(local.getValue())).as("local.%s", local.getKey())
                    .isEqualTo(canonical(theirs.get(local.getKey())));
        }
        assertThat(ours.locals()).hasSize(theirs.size());
    }

    /** Runs the console once; it evaluates only the last line read from a pipe, so everything goes in one line. */
    private JsonNode terraformLocals(String config, List<String> names) throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("config"));
        Files.writeString(dir.resolve("main.tf"), config, StandardCharsets.UTF_8);
        Path home = Files.createDirectories(scratch.resolve("home"));
        ProcessBuilder pb = dev.opsmith.format.terraform.TerraformOracle.command(dir, home, List.of("console"));
        Process p = pb.start();
        StringBuilder expression = new StringBuilder("base64encode(jsonencode({");
        for (String name : names) expression.append(name).append(" = local.").append(name).append(", ");
        expression.append("}))\n");
        try (var in = p.getOutputStream()) {
            in.write(expression.toString().getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("terraform console: %s", err).isZero();
        String base64 = out.substring(out.indexOf('"') + 1, out.lastIndexOf('"'));
        String json = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }

    /** Plain Java structures that compare numbers by value and maps regardless of key order. */
    private static Object canonical(Value v) {
        assertThat(v.isWhollyKnown()).as("%s is known", v).isTrue();
        if (v.string().isPresent()) return v.string().get();
        if (v.number().isPresent()) return number(v.number().get());
        if (v.bool().isPresent()) return v.bool().get();
        if (v.isNull()) return "null";
        if (v.isList()) return v.items().stream().map(TerraformConsoleEvaluationTest::canonical).toList();
        Map<String, Object> map = new TreeMap<>();
        v.entries().forEach((k, item) -> map.put(k, canonical(item)));
        return map;
    }

    private static Object canonical(JsonNode n) {
        assertThat(n).as("terraform's value").isNotNull();
        if (n.isString()) return n.stringValue();
        if (n.isNumber()) return number(n.decimalValue());
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNull()) return "null";
        if (n.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : n) items.add(canonical(item));
            return items;
        }
        Map<String, Object> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) map.put(e.getKey(), canonical(e.getValue()));
        return map;
    }

    private static String number(BigDecimal n) {
        return "number " + (n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString());
    }
}
