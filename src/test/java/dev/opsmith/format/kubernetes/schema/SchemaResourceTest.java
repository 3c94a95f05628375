package dev.opsmith.format.kubernetes.schema;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The committed schema resource is exactly what {@link SchemaConverter} makes of the pinned source. */
class SchemaResourceTest {
    @Test
    void committedResourceMatchesARegeneration() throws Exception {
        byte[] regenerated;
        // the source on the test classpath (once io.fabric8:kubernetes-model-validator is a test dependency), else ~/.m2
        try (InputStream onClasspath = SchemaResourceTest.class.getResourceAsStream("/" + SchemaConverter.SOURCE_ENTRY)) {
            if (onClasspath != null) {
                regenerated = SchemaConverter.convert(onClasspath);
            } else {
                Optional<Path> jar = SchemaConverter.sourceJar();
                assumeThat(jar).as("source jar " + SchemaConverter.SOURCE_GROUP + ":" + SchemaConverter.SOURCE_ARTIFACT + ":"
                        + SchemaConverter.SOURCE_VERSION + " is neither on the test classpath nor in ~/.m2; skipping the drift check")
                        .isPresent();
                regenerated = SchemaConverter.convert(jar.get());
            }
        }
        byte[] committed;
        try (InputStream in = SchemaResourceTest.class.getResourceAsStream(KubernetesSchema.RESOURCE)) {
            assertThat(in).as("resource " + KubernetesSchema.RESOURCE).isNotNull();
            committed = in.readAllBytes();
        }
        if (!java.util.Arrays.equals(committed, regenerated)) {
            Path fresh = Files.createTempFile("k8s-schema", ".json");
            Files.write(fresh, regenerated);
            assertThat(new String(committed, StandardCharsets.UTF_8))
                    .as("k8s-schema.json is stale; regenerate with SchemaConverter (fresh copy at " + fresh + ")")
                    .isEqualTo(new String(regenerated, StandardCharsets.UTF_8));
        }
    }

    @Test
    void resourceStaysCompact() throws Exception {
        try (InputStream in = SchemaResourceTest.class.getResourceAsStream(KubernetesSchema.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(1_500_000);
        }
    }
}
