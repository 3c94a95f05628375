package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.HclParser;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluates a few hundred realistic expressions (VPC CIDR layouts, IAM policy documents, tag merging, format
 * strings, regular expressions, …) with these functions and with {@code terraform console}, and compares the
 * printed results. Terraform's console prints only the last result of piped input and stops at the first error,
 * so all expressions go to ONE session as one tuple, each wrapped in {@code try(…, "@@ERR")} and preceded by a
 * marker string that the output is split on. Skipped when {@code /usr/local/bin/terraform} is not installed.
 */
class TerraformConsoleDifferentialTest {
    private static final String EXPRESSIONS = "differential-expressions.txt";

    @TempDir
    Path work;

    @Test
    void ourResultsMatchTerraformConsole() throws Exception {
        dev.opsmith.format.terraform.TerraformOracle.require();
        List<String> expressions = readExpressions();
        assertThat(expressions).hasSizeGreaterThan(250);
        writeFixtures(work);

        List<String> theirs = runTerraform(expressions);
        assertThat(theirs).as("one console result per expression").hasSize(expressions.size());

        FunctionContext context = FunctionContext.of(work, work);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            Value value = evaluate(expressions.get(i), context);
            String ours = "  " + ConsoleRenderer.render(value, 2) + ",";
            String expected = ConsoleRenderer.withoutTypeWrappers(theirs.get(i));
            if (!ours.equals(expected)) {
                mismatches.add(expressions.get(i) + "\n    terraform: " + expected.strip() + "\n    opsmith:   " + ours.strip()
                        + (value.isError() ? " " + value : ""));
            }
        }
        assertThat(mismatches).as("expressions whose result differs from terraform console").isEmpty();
    }

    private static Value evaluate(String expression, FunctionContext context) {
        try {
            Expression parsed = HclParser.parseExpression(SourceFile.of("expression", expression));
            return TemplateRenderer.evaluate("expression", parsed, Map.of(), context);
        } catch (HclParseException e) {
            return Value.error("parse error: " + e.getMessage());
        }
    }

    private List<String> readExpressions() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(EXPRESSIONS)) {
            assertThat(in).as(EXPRESSIONS).isNotNull();
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return out;
        }
    }

    /** Runs every expression in one console session and answers each one's printed text, indented as a tuple item. */
    private List<String> runTerraform(List<String> expressions) throws Exception {
        StringBuilder tuple = new StringBuilder("[");
        for (int i = 0; i < expressions.size(); i++) {
            tuple.append("\"@@").append(i).append("\", try(").append(expressions.get(i)).append(", \"@@ERR\"), ");
        }
        tuple.append("\"@@END\"]\n");
        Path home = Files.createDirectories(work.resolve(".home"));
        Path input = work.resolve(".console-input");
        Files.writeString(input, tuple);
        ProcessBuilder builder = dev.opsmith.format.terraform.TerraformOracle.command(work, home, List.of("console"))
                .redirectInput(input.toFile()).redirectErrorStream(false);
        Process process = builder.start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("terraform console failed: " + stderr).isZero();
        return split(new String(stdout, StandardCharsets.UTF_8), expressions.size());
    }

    private static List<String> split(String output, int count) {
        List<String> results = new ArrayList<>();
        StringBuilder current = null;
        for (String line : output.split("\n", -1)) {
            if (line.matches(" {2}\"@@(\\d+|END)\",")) {
                if (current != null) results.add(current.toString().stripTrailing());
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        assertThat(results).hasSize(count);
        return results;
    }

    private static void writeFixtures(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("policies"));
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("lambda/src"));
        Files.writeString(dir.resolve("policies/s3-read.json"), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}
                """);
        Files.writeString(dir.resolve("policies/kms.json"), "{\"Version\":\"2012-10-17\"}");
        Files.writeString(dir.resolve("lambda/src/handler.py"), "def handler(event, context):\n    return {'ok': True}\n");
        Files.writeString(dir.resolve("lambda/src/util.py"), "X = 1\n");
        Files.writeString(dir.resolve("lambda/README.md"), "# lambda\n");
        Files.writeString(dir.resolve("templates/user_data.sh.tftpl"), """
                #!/bin/bash
                echo "cluster=${cluster_name}" >> /etc/ecs/ecs.config
                %{ for port in ports ~}
                iptables -A INPUT -p tcp --dport ${port} -j ACCEPT
                %{ endfor ~}
                %{ if enable_ssm }systemctl enable amazon-ssm-agent%{ else }echo no-ssm%{ endif }
                """);
        Files.writeString(dir.resolve("templates/policy.json.tftpl"),
                "${jsonencode({Version = \"2012-10-17\", Statement = [for_each_unused]})}");
        Files.writeString(dir.resolve("templates/tags.tftpl"),
                "%{ for k, v in tags }${k}=${upper(v)};%{ endfor }${length(tags)} tags, ${tags.Env == \"prod\" ? \"PROD\" : \"non-prod\"}");
        Files.writeString(dir.resolve("templates/bucket.tftpl"), "arn:aws:s3:::${bucket}/${prefix}/*");
    }
}
