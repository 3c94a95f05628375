package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's realistic corpus (IAM, networking, S3, templates, override-free files of public-module shape)
 * evaluated as one module: evaluation completes, every problem has a place in a file of the module, and no value
 * is left absent where an attribute is written.
 */
class CorpusEvaluationTest {
    private static final List<String> FILES = List.of("iam.tf", "main.tf.json", "main.tofu", "network.tf",
            "refactoring.tf", "s3_bucket.tf", "templates.tf", "variables.tf");

    @Test
    void theCorpusEvaluatesWithLocatedProblemsOnly() throws IOException, HclParseException {
        List<ConfigFile> files = new ArrayList<>();
        for (String name : FILES) files.add(TerraformFiles.parse(SourceFile.of("corpus/" + name, read(name))));
        TerraformModule module = ModuleLoader.load("corpus", files);
        ConfigFile tfvars = TerraformFiles.parse(SourceFile.of("corpus/prod.tfvars", read("prod.tfvars")));

        EvaluatedModule evaluated = ModuleEvaluator.evaluate(module, ModuleInputs.root(Tfvars.read(tfvars)));

        assertThat(evaluated.instances()).isNotEmpty();
        for (EvaluationProblem problem : evaluated.problems()) {
            assertThat(FILES).as("file of %s", problem).anyMatch(f -> problem.where().file().relativePath().endsWith(f));
            assertThat(problem.where().node().line()).as("line of %s", problem).isPositive();
        }
        for (ResourceInstance instance : evaluated.instances()) {
            for (EvaluatedAttribute attribute : instance.attributes().values()) {
                assertThat(attribute.value().isAbsent()).as("%s.%s", instance.address(), attribute.name()).isFalse();
            }
        }
        Optional<Value> anyKnownString = evaluated.instances().stream()
                .flatMap(i -> i.attributes().values().stream()).map(EvaluatedAttribute::value)
                .filter(v -> v.string().isPresent()).findFirst();
        assertThat(anyKnownString).isPresent();
        assertThat(evaluated.variables()).isNotEmpty();
        // the corpus files come from different modules, so references across them are undeclared: each is a problem
        assertThat(evaluated.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("Reference to undeclared"));
        assertThat(evaluated.instance("aws_s3_bucket.audit").orElseThrow().value("bucket")).isEqualTo(Value.of("payments-prod-audit"));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CorpusEvaluationTest.class.getResourceAsStream("/dev/opsmith/format/terraform/hcl/corpus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
