package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our parser accepts exactly what Terraform's accepts. The oracle is {@code terraform fmt -check}: it parses
 * without providers or network; it exits 0 (formatted) or 3 (would reformat) when the file parses and 2 on a
 * syntax error, naming each broken file in a diagnostic ({@code on v0042.tf line 7}). Variants are checked in one
 * batch run over a folder; a sample is also checked one by one through stdin to confirm the batch reading.
 */
class TerraformFmtDifferentialTest {
    private static final Pattern BROKEN_FILE = Pattern.compile("on (v\\d+\\.tf) line \\d+");

    @TempDir
    Path scratch;

    @BeforeAll
    static void needsTerraform() {
        dev.opsmith.format.terraform.TerraformOracle.require();
    }

    @Test
    void corpusFilesParseWithBothParsers() throws Exception {
        for (String name : Corpus.FILES) {
            String text = Corpus.read(name);
            assertThat(fmtStdin(text)).as("terraform fmt exit code for %s", name).isIn(0, 3);
            HclParser.parse(SourceFile.of(name, text));
        }
    }

    @Test
    void garbledVariantsAreAcceptedOrRejectedAsTerraformDoes() throws Exception {
        Map<String, String> variants = new LinkedHashMap<>();
        long seed = 7;
        for (String name : Corpus.FILES) {
            for (String v : Corpus.garble(Corpus.read(name), seed++, 30)) {
                variants.put(String.format("v%04d.tf", variants.size()), v);
            }
        }
        int accepted = assertSameVerdicts(variants);
        assertThat(accepted).as("some variants still parse").isPositive();
        assertThat(accepted).as("some variants are syntax errors").isLessThan(variants.size());
    }

    @Test
    void randomTokenSoupIsJudgedAsTerraformDoes() throws Exception {
        java.util.Random random = new java.util.Random(31);
        Map<String, String> soups = new LinkedHashMap<>();
        while (soups.size() < 600) {
            String soup = Corpus.soup(random, 12);
            String text = soups.size() % 2 == 0 ? "a = " + soup + "\n" : soup + "\n";
            // a file holds UTF-8 bytes, which cannot carry a lone surrogate
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) continue;
            soups.put(String.format("v%04d.tf", soups.size()), text);
        }
        assertSameVerdicts(soups);
    }

    @Test
    void edgeCasesAreJudgedAsTerraformDoes() throws Exception {
        String all = Corpus.readResource("/dev/opsmith/format/terraform/hcl/edge-cases.txt");
        String[] entries = all.split("\n----\n", -1);
        Map<String, String> snippets = new LinkedHashMap<>();
        for (int i = 1; i < entries.length; i++) {
            snippets.put(String.format("v%04d.tf", i), entries[i].endsWith("\n") ? entries[i] : entries[i] + "\n");
        }
        assertThat(snippets).hasSizeGreaterThan(150);
        assertSameVerdicts(snippets);
    }

    /** Runs both parsers over the files and fails listing every disagreement; returns how many parse. */
    private int assertSameVerdicts(Map<String, String> files) throws IOException, InterruptedException {
        Set<String> rejectedByTerraform = fmtBatch(files);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            boolean terraformOk = !rejectedByTerraform.contains(e.getKey());
            String ours = ourVerdict(e.getKey(), e.getValue());
            if (ours == null) accepted++;
            if (terraformOk != (ours == null)) {
                disagreements.add(e.getKey() + ": terraform " + (terraformOk ? "accepts" : "rejects") + ", we "
                        + (ours == null ? "accept" : "reject (" + ours + ")") + "\n" + e.getValue());
            }
        }
        assertThat(disagreements).as("inputs judged differently").isEmpty();
        return accepted;
    }

    @Test
    void batchReadingMatchesStdinExitCodes() throws Exception {
        Map<String, String> sample = new LinkedHashMap<>();
        for (String v : Corpus.garble(Corpus.read("network.tf"), 99, 4)) {
            sample.put(String.format("v%04d.tf", sample.size()), v);
        }
        Set<String> rejected = fmtBatch(sample);
        for (Map.Entry<String, String> e : sample.entrySet()) {
            int code = fmtStdin(e.getValue());
            assertThat(code).as("exit code for %s", e.getKey()).isIn(0, 2, 3);
            assertThat(code == 2).as("stdin and batch verdicts for %s", e.getKey())
                    .isEqualTo(rejected.contains(e.getKey()));
        }
    }

    private static String ourVerdict(String name, String text) {
        try {
            HclParser.parse(SourceFile.of(name, text));
            return null;
        } catch (HclParseException e) {
            return e.getMessage();
        }
    }

    private Set<String> fmtBatch(Map<String, String> files) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(scratch, "batch");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Process p = terraform(dir, "fmt", "-check", "-no-color", ".");
        p.getOutputStream().close();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Set<String> broken = new TreeSet<>();
        Matcher m = BROKEN_FILE.matcher(stderr);
        while (m.find()) broken.add(m.group(1));
        return broken;
    }

    private int fmtStdin(String text) throws IOException, InterruptedException {
        Process p = terraform(scratch, "fmt", "-check", "-no-color", "-");
        try (var in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Terraform with a scratch home and no CLI configuration, so the machine's settings cannot interfere. */
    private Process terraform(Path dir, String... args) throws IOException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        return dev.opsmith.format.terraform.TerraformOracle.command(dir, home, List.of(args)).start();
    }
}
