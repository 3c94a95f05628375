package dev.opsmith.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules/ is generated from rule metadata by {@code opsmith rules --format markdown --output-dir .};
 * this fails when the committed pages drift. Regenerate with:
 * {@code ./opsmith rules --format markdown --output-dir .}
 */
class RuleDocsTest {
    private static final String REGENERATE = "docs/rules/ is stale: run ./opsmith rules --format markdown --output-dir .";

    @Test
    void committedDocsMatchTheMetadata() throws IOException {
        Map<String, String> pages = RulesCommand.markdownPages();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = Path.of(page.getKey());
            assertThat(file).as(REGENERATE + " (missing " + file + ")").isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(REGENERATE + " (" + file + ")").isEqualTo(page.getValue());
        }
        List<String> committed;
        try (Stream<Path> files = Files.walk(Path.of("docs/rules"))) {
            committed = files.filter(Files::isRegularFile).map(p -> p.toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(committed).as(REGENERATE + " (pages of rules that no longer exist)").isSubsetOf(pages.keySet());
    }
}
