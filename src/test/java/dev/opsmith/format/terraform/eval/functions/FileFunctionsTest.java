package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.opsmith.format.terraform.eval.functions.Calls.callIn;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static dev.opsmith.format.terraform.eval.functions.Calls.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileFunctionsTest {
    @TempDir
    Path dir;

    private Path repo;
    private FunctionContext module;

    @BeforeEach
    void repository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Path moduleDir = Files.createDirectories(repo.resolve("modules/bucket"));
        Files.writeString(moduleDir.resolve("policy.json"), "{\"Version\":\"2012-10-17\"}\n");
        Files.createDirectories(moduleDir.resolve("templates"));
        Files.writeString(moduleDir.resolve("templates/arn.tftpl"), "arn:aws:s3:::${bucket}/%{ for p in prefixes }${p}/%{ endfor }*");
        Files.writeString(repo.resolve("shared.txt"), "shared");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        module = FunctionContext.of(moduleDir, repo);
    }

    @Test
    void readsFilesOfTheModule() {
        assertThat(callIn(module, "file", "policy.json")).isEqualTo(Value.of("{\"Version\":\"2012-10-17\"}\n"));
        assertThat(callIn(module, "file", "../../shared.txt")).isEqualTo(Value.of("shared"));
        assertThat(callIn(module, "fileexists", "policy.json")).isEqualTo(Value.of(true));
        assertThat(callIn(module, "fileexists", "missing.json")).isEqualTo(Value.of(false));
        assertThat(callIn(module, "filebase64", "../../shared.txt")).isEqualTo(Value.of("c2hhcmVk"));
        assertThat(callIn(module, "fileset", ".", "**/*.{json,tftpl}")).isEqualTo(value(List.of("policy.json", "templates/arn.tftpl")));
    }

    @Test
    void neverReadsOutsideTheRepository() throws IOException {
        assertThat(error(callIn(module, "file", "../../../secret.txt"))).contains("\"../../../secret.txt\" is outside the repository");
        assertThat(error(callIn(module, "file", dir.resolve("secret.txt").toString()))).contains("is outside the repository");
        assertThat(error(callIn(module, "fileexists", "/etc/passwd"))).contains("is outside the repository");
        Path link = repo.resolve("modules/bucket/escape.txt");
        try {
            Files.createSymbolicLink(link, dir.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        assertThat(error(callIn(module, "file", "escape.txt"))).contains("\"escape.txt\" leads outside the repository");
        assertThat(callIn(module, "fileset", ".", "*.txt")).isEqualTo(value(List.of()));
    }

    @Test
    void fileFunctionsNeedAModuleFolder() {
        assertThat(error(Calls.call("file", "policy.json"))).contains("file functions need a module folder");
    }

    @Test
    void templatefileRendersInterpolationsAndDirectives() {
        Value arn = callIn(module, "templatefile", "templates/arn.tftpl", Map.of("bucket", "logs", "prefixes", List.of("a", "b")));
        assertThat(arn).isEqualTo(Value.of("arn:aws:s3:::logs/a/b/*"));
        assertThat(error(callIn(module, "templatefile", "templates/arn.tftpl", Map.of("bucket", "logs"))))
                .contains("templates/arn.tftpl:1").contains("vars map does not contain key \"prefixes\"");
        Value unknown = callIn(module, "templatefile", "templates/arn.tftpl",
                Map.of("bucket", Value.unknown("aws_s3_bucket.logs.id is known only after apply"), "prefixes", List.of()));
        assertThat(unknown.unknownReasons()).containsExactly("aws_s3_bucket.logs.id is known only after apply");
    }
}
