package dev.opsmith.bench;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParseException;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.Rules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Per-file costs without process start-up: parsing one Dockerfile of the benchmark corpus, and running every
 * rule over its model. Run with {@code bench/jmh.sh} (not a test: no assertion on time anywhere).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DockerfileBenchmark {
    private List<SourceFile> files;
    private List<Dockerfile> models;
    private List<Rule> rules;

    @Setup
    public void load() throws IOException, DockerfileParseException {
        Path corpus = Path.of(System.getProperty("opsmith.corpus", "bench/out/corpus-5000"));
        try (Stream<Path> paths = Files.walk(corpus)) {
            files = paths.filter(Files::isRegularFile).sorted().limit(1000).map(p -> {
                try {
                    return SourceFile.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        models = new java.util.ArrayList<>();
        for (SourceFile f : files) models.add(DockerfileParser.parse(f));
        rules = Rules.all();
    }

    /** Parses the 1,000 files once per operation: ops/s × 1,000 = files/s. */
    @Benchmark
    public void parse(Blackhole bh) throws DockerfileParseException {
        for (SourceFile f : files) bh.consume(DockerfileParser.parse(f));
    }

    /** Runs every rule over the 1,000 parsed models once per operation. */
    @Benchmark
    public void rules(Blackhole bh) {
        for (Dockerfile model : models) {
            for (Rule rule : rules) {
                RuleContext ctx = new RuleContext(model.source(), List.of());
                rule.check(model, ctx);
                bh.consume(ctx.findings(rule.meta()));
            }
        }
    }
}
