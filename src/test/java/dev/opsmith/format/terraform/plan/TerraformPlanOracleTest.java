package dev.opsmith.format.terraform.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Plans {@code terraform-data/} with the real terraform binary and reads the result, so the reader is checked
 * against what the installed Terraform writes today, not only against the committed plans. {@code terraform_data}
 * needs no provider, so this runs offline. Skipped when the binary is absent or {@code terraform init} fails.
 */
class TerraformPlanOracleTest {
    private static final long TIMEOUT_SECONDS = 120;

    private static Path terraform;

    @BeforeAll
    static void findTerraform() {
        terraform = dev.opsmith.format.terraform.TerraformOracle.binary().orElse(null);
        assumeTrue(terraform != null, "the terraform binary is not installed (looked in /usr/local/bin and PATH)");
    }


    @Test
    void readsThePlansTerraformWritesNow(@TempDir Path dir) throws Exception {
        copy("main.tf", dir.resolve("main.tf"));
        copy("modules/tag/main.tf", dir.resolve("modules/tag/main.tf"));
        Files.writeString(dir.resolve("empty.tfrc"), "");

        Result init = run(dir, null, "init", "-input=false", "-no-color");
        assumeTrue(init.exitCode() == 0, () -> "terraform init failed, so there is nothing to compare: " + init.output());

        Path fresh = planAndShow(dir, "fresh");
        byte[] head = Files.readAllBytes(fresh);
        assertThat(PlanJson.looksLikePlan(head, Math.min(head.length, PlanJson.HEAD_BYTES))).isTrue();
        TerraformDataPlan.assertFreshPlan(new PlanReader().read(fresh, "fresh.json"));

        require(run(dir, null, "apply", "-input=false", "-no-color", "-auto-approve", "fresh.out"));
        copy("changed/main.tf", dir.resolve("main.tf"));
        TerraformDataPlan.assertChangedPlan(new PlanReader().read(planAndShow(dir, "changed"), "changed.json"));
    }

    private Path planAndShow(Path dir, String name) throws Exception {
        require(run(dir, null, "plan", "-input=false", "-no-color", "-out=" + name + ".out"));
        Path json = dir.resolve(name + ".json");
        require(run(dir, json, "show", "-json", name + ".out"));
        return json;
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = TerraformPlanOracleTest.class.getResourceAsStream(TerraformDataPlan.DIRECTORY + resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void require(Result result) {
        assertThat(result.exitCode()).as("terraform failed: %s", result.output()).isZero();
    }

    /** Runs terraform in {@code dir} isolated from the user's configuration; stdout goes to {@code stdout} if set. */
    private static Result run(Path dir, Path stdout, String... args) throws Exception {
        ProcessBuilder builder = dev.opsmith.format.terraform.TerraformOracle.command(dir, dir, List.of(args));
        // init needs a CLI configuration it can read (an empty file), not /dev/null
        builder.environment().put("TF_CLI_CONFIG_FILE", dir.resolve("empty.tfrc").toString());
        Path log = dir.resolve("terraform.log");
        builder.redirectErrorStream(stdout == null);
        builder.redirectOutput(stdout != null ? stdout.toFile() : log.toFile());
        if (stdout != null) builder.redirectError(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
