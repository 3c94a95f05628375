package dev.opsmith.rules;

import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's noncompliant and compliant examples. They are its test fixtures, shipped in the jar at
 * {@code dev/opsmith/rules/<format>/<ID>/} so that the docs the binary writes show exactly what the tests check.
 */
public final class RuleExamples {
    private RuleExamples() {
    }

    /** The fixture folder of a rule inside the resources, e.g. {@code dev/opsmith/rules/dockerfile/DF001}. */
    public static String folder(RuleMeta meta) {
        return "dev/opsmith/rules/" + primaryFormat(meta).id() + "/" + meta.id();
    }

    /**
     * File name of an example: {@code noncompliant.Dockerfile}, {@code compliant.Dockerfile}; Compose examples are
     * {@code noncompliant.compose.yaml}, a name the scanner detects as Compose (a plain {@code .yaml} is not).
     */
    public static String fileName(RuleMeta meta, boolean compliant) {
        String ext = switch (primaryFormat(meta)) {
            case DOCKERFILE -> "Dockerfile";
            case KUBERNETES -> "yaml";
            case COMPOSE -> "compose.yaml";
            case TERRAFORM -> "tf";
            case HELM, KUSTOMIZE -> null;
        };
        // rendering rules' fixtures are folders (a mini chart, a kustomization); the example is the file with the marker
        if (ext == null) return (compliant ? "compliant/" : "noncompliant/") + RenderRules.exampleFile(meta.id());
        return (compliant ? "compliant." : "noncompliant.") + ext;
    }

    /** The code fence language of the rule's examples. */
    public static String language(RuleMeta meta) {
        return switch (primaryFormat(meta)) {
            case DOCKERFILE -> "dockerfile";
            case KUBERNETES, COMPOSE, HELM, KUSTOMIZE -> "yaml";
            case TERRAFORM -> "hcl";
        };
    }

    public static Optional<String> read(RuleMeta meta, boolean compliant) {
        String path = "/" + folder(meta) + "/" + fileName(meta, compliant);
        try (InputStream in = RuleExamples.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Format primaryFormat(RuleMeta meta) {
        return meta.formats().iterator().next();
    }
}
