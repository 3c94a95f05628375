package dev.opsmith.rules;

import dev.opsmith.core.Category;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A check that depends on unknown values reports nothing, unless --show-unknown asks for an informational result. */
class UndecidedTest {
    private static final RuleMeta META = RuleMeta.builder("TST001", "Bucket is not encrypted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("d").rationale("r").remediation("m").build();
    private static final SourceFile FILE = SourceFile.of("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");

    @Test
    void withoutShowUnknownNothingIsReported() {
        RuleContext ctx = new RuleContext(FILE, List.of(), Map.of());
        ctx.undecided(Span.of(1, 1, 1, 9), "whether aws_s3_bucket.b is encrypted", List.of("var.kms_key_arn has no value"));
        assertThat(ctx.findings(META)).isEmpty();
    }

    @Test
    void withShowUnknownItIsAnInformationalResultNamingTheInputs() {
        RuleContext ctx = new RuleContext(FILE, List.of(), Map.of(RuleContext.SHOW_UNKNOWN, List.of("true")));
        ctx.undecided(Span.of(1, 1, 1, 9), "whether aws_s3_bucket.b is encrypted", List.of("var.kms_key_arn has no value"));
        List<Finding> findings = ctx.findings(META);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("could not be decided: whether aws_s3_bucket.b is encrypted; "
                    + "unknown: var.kms_key_arn has no value");
            assertThat(f.properties()).containsEntry("decision", "undecided");
        });
    }
}
