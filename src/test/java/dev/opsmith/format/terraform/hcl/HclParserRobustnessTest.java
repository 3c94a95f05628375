package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever the input, parsing yields a tree or an {@link HclParseException} whose span lies inside the file;
 * never another exception, never a stack overflow, and quickly.
 */
class HclParserRobustnessTest {

    @Test
    void everyTruncationAndMutationOfTheCorpusGivesATreeOrAParseError() {
        List<SourceFile> inputs = new ArrayList<>();
        long seed = 1;
        for (String name : Corpus.FILES) {
            String text = Corpus.read(name);
            for (int cut = 0; cut <= text.length(); cut += 7) inputs.add(SourceFile.of(name, text.substring(0, cut)));
            for (String v : Corpus.garble(text, seed++, 60)) inputs.add(SourceFile.of(name, v));
        }
        int[] outcomes = assertAllParseOrFail(inputs);
        assertThat(outcomes[0]).as("inputs that parse").isPositive();
        assertThat(outcomes[1]).as("inputs that are syntax errors").isPositive();
    }

    @Test
    void randomTokenSoupGivesATreeOrAParseError() {
        Random random = new Random(20261127L);
        List<SourceFile> inputs = new ArrayList<>();
        for (int n = 0; n < 4000; n++) {
            String soup = Corpus.soup(random, n % 10 == 0 ? 300 : 40);
            inputs.add(SourceFile.of("soup.tf", soup));
            inputs.add(SourceFile.of("soup.tf", "a = " + soup));
        }
        int[] outcomes = assertAllParseOrFail(inputs);
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isPositive();
    }

    @Test
    void jsonTruncationsAndMutationsGiveATreeOrAParseError() {
        String text = Corpus.read("main.tf.json");
        List<String> variants = new ArrayList<>();
        for (int cut = 0; cut <= text.length(); cut += 5) variants.add(text.substring(0, cut));
        variants.addAll(Corpus.garble(text, 42, 80));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String v : variants) {
                SourceFile file = SourceFile.of("main.tf.json", v);
                try {
                    HclJsonParser.parse(file, JsonBlockSchema.TERRAFORM);
                } catch (HclParseException e) {
                    assertInside(e.span(), file);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input: " + v, e);
                }
            }
        });
    }

    @Test
    void deepNestingIsAParseErrorNotAStackOverflow() {
        for (String open : List.of("[", "(", "{a=", "!", "-", "\"${", "f(", "x[", "[for x in ", "a ? ", "<<EOF\n${")) {
            String text = "v = " + open.repeat(50_000) + "\n";
            SourceFile file = SourceFile.of("deep.tf", text);
            try {
                HclParser.parse(file);
                throw new AssertionError("deep nesting of " + open + " parsed");
            } catch (HclParseException e) {
                assertThat(e.reason()).as("error for nesting of " + open).startsWith("nesting too deep: more than");
                assertInside(e.span(), file);
            }
        }
        String blocks = "a {\n".repeat(50_000);
        try {
            HclParser.parse(SourceFile.of("deep.tf", blocks));
            throw new AssertionError("deep block nesting parsed");
        } catch (HclParseException e) {
            assertThat(e.reason()).startsWith("nesting too deep");
        }
        String json = "[".repeat(50_000);
        try {
            HclJsonParser.parse(SourceFile.of("deep.tf.json", json), JsonBlockSchema.TERRAFORM);
            throw new AssertionError("deep JSON nesting parsed");
        } catch (HclParseException e) {
            assertThat(e.reason()).startsWith("JSON nested too deeply");
        }
    }

    @Test
    void nestingWithinTheLimitParses() throws Exception {
        String depth = "[".repeat(40) + "1" + "]".repeat(40);
        assertThat(HclParser.parse(SourceFile.of("ok.tf", "v = " + depth + "\n")).body().attributes()).hasSize(1);
    }

    private static int[] assertAllParseOrFail(List<SourceFile> inputs) {
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (SourceFile file : inputs) {
                try {
                    ConfigFile parsed = HclParser.parse(file);
                    HclPrinter.print(parsed.body());
                    outcomes[0]++;
                } catch (HclParseException e) {
                    assertInside(e.span(), file);
                    outcomes[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input: " + escape(file.text()), e);
                }
            }
        });
        return outcomes;
    }

    private static void assertInside(Span span, SourceFile file) {
        assertThat(span.line()).isBetween(1, file.lineCount());
        assertThat(span.endLine()).isBetween(1, file.lineCount());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
