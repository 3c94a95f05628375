package dev.opsmith.report;

import dev.opsmith.core.Category;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Fingerprints;
import dev.opsmith.core.Format;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.core.ToolInfo;
import dev.opsmith.core.ScanResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-built scans for the reporter tests. */
final class ReportFixtures {
    static final ToolInfo TOOL = new ToolInfo("opsmith", "0.1.0-SNAPSHOT", "2026.11.1", "https://opsmith.dev");

    static final RuleMeta PIN = RuleMeta.builder("DF001", "Pin base image versions")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("The base image is referenced by a moving tag.")
            .rationale("A moving tag changes under you; builds stop being reproducible.")
            .remediation("Pin the image by digest or an exact version tag.")
            .reference("https://docs.docker.com/build/building/best-practices/")
            .compliance("CIS-Docker-4.2")
            .equivalent("hadolint", "DL3007").equivalent("checkov", "CKV_DOCKER_7")
            .build();

    static final RuleMeta SECRET = RuleMeta.builder("DF002", "No secrets in ENV")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("A credential is baked into an image layer.")
            .remediation("Use a build secret mount.")
            .build();

    static final RuleMeta TIDY = RuleMeta.builder("DF003", "Sort package lists")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE).optIn()
            .description("Sorted package lists are easier to review.")
            .build();

    private ReportFixtures() {
    }

    static Finding finding(RuleMeta rule, String file, Span span, String message) {
        return new Finding(rule.id(), rule.severity(), rule.category(), rule.title(), message, file, span,
                Fingerprints.of(rule.id(), file, message), rule.compliance(), false, "", List.of(), List.of(),
                Map.of(), List.of());
    }

    static Finding withSecrets(Finding f, String... secrets) {
        return new Finding(f.ruleId(), f.severity(), f.category(), f.title(), f.message(), f.file(), f.span(),
                f.fingerprint(), f.compliance(), f.suppressed(), f.justification(), f.contexts(),
                f.relatedLocations(), f.properties(), List.of(secrets));
    }

    static Finding withDetails(Finding f, List<String> contexts, List<RelatedLocation> related,
                               Map<String, String> properties) {
        return new Finding(f.ruleId(), f.severity(), f.category(), f.title(), f.message(), f.file(), f.span(),
                f.fingerprint(), f.compliance(), f.suppressed(), f.justification(), contexts, related, properties,
                f.secrets());
    }

    static ScanResult scan(Path root, List<Finding> findings) {
        return scan(root, root, findings, Map.of(), List.of());
    }

    static ScanResult scan(Path root, Path repositoryRoot, List<Finding> findings, Map<String, String> tools,
                           List<Notice> notices) {
        return new ScanResult(TOOL, root.toString(), root, repositoryRoot, findings, List.of(PIN, SECRET, TIDY),
                tools, notices, 3, 0, 0, 42);
    }

    static void writeFile(Path root, String relative, String text) {
        try {
            Path path = root.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Reporter reporter, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
