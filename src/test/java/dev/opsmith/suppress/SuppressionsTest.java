package dev.opsmith.suppress;

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

class SuppressionsTest {
    private static final RuleMeta APT = meta("DF020", "hadolint", "DL3014");
    private static final RuleMeta SHELL = meta("DF900", "hadolint", "SC*");
    private static final RuleMeta LATEST = meta("DF002", "trivy", "DS001");

    private static RuleMeta meta(String id, String tool, String peer) {
        return RuleMeta.builder(id, id).severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
                .equivalent(tool, peer).build();
    }

    private static final Suppressions.RuleResolver RESOLVER = new Suppressions.RuleResolver() {
        @Override
        public List<RuleMeta> apply(String id) {
            for (RuleMeta m : List.of(APT, SHELL, LATEST)) {
                if (m.id().equalsIgnoreCase(id)) return List.of(m);
                for (String tool : m.equivalents().keySet()) if (m.isEquivalent(tool, id)) return List.of(m);
            }
            return List.of();
        }

        @Override
        public boolean viaWildcard(RuleMeta meta, String peerId) {
            return meta == SHELL && peerId.startsWith("SC");
        }
    };

    private static Finding finding(String rule, int line, Map<String, String> props) {
        return new Finding(rule, Severity.LOW, Category.RELIABILITY, rule, "m", "Dockerfile", Span.of(line, 1, line, 5),
                "fp" + rule + line, List.of(), false, "", List.of(), List.of(), props, List.of());
    }

    /** Statements of the test file: line 3 starts a RUN that ends on line 5. */
    private static int statementEnd(int line) {
        return line == 3 ? 5 : line;
    }

    @Test
    void opsmithPragmaWaivesTheWholeNextStatementWithItsReason() {
        SourceFile f = SourceFile.of("Dockerfile", """
                FROM debian:12
                # opsmith:ignore=DF020 the base image answers yes by default (ticket PAY-123)
                RUN apt-get update \\
                 && apt-get install \\
                    curl
                RUN apt-get install wget
                """);
        Suppressions s = Suppressions.read(f, SuppressionsTest::statementEnd, RESOLVER, true, List.of(), "");
        List<Finding> out = s.apply(List.of(finding("DF020", 4, Map.of()), finding("DF020", 6, Map.of())));
        assertThat(out.get(0).suppressed()).isTrue();
        assertThat(out.get(0).justification()).isEqualTo("the base image answers yes by default (ticket PAY-123)");
        assertThat(out.get(1).suppressed()).isFalse();
        assertThat(s.notices()).isEmpty();
    }

    @Test
    void fileLevelPragmaAndPeerIds() {
        SourceFile f = SourceFile.of("Dockerfile", """
                # syntax=docker/dockerfile:1
                # opsmith:ignore-file=DS001 pinned by the platform's image policy
                FROM debian:latest
                """);
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, true, List.of(), "");
        assertThat(s.apply(List.of(finding("DF002", 3, Map.of()))).get(0).justification())
                .isEqualTo("pinned by the platform's image policy");
    }

    @Test
    void hadolintPragmasMigrate_andShellCheckCodesNarrowTheWrapperRule() {
        SourceFile f = SourceFile.of("Dockerfile", """
                FROM debian:12
                # hadolint ignore=DL3014,SC2086
                RUN apt-get install $PKGS
                # hadolint global ignore=DL3014
                """);
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, true, List.of(), "");
        List<Finding> out = s.apply(List.of(
                finding("DF020", 3, Map.of()),
                finding("DF900", 3, Map.of("code", "SC2086")),
                finding("DF900", 3, Map.of("code", "SC2046")),
                finding("DF020", 9, Map.of())));
        assertThat(out).extracting(Finding::suppressed).containsExactly(true, true, false, true);
        assertThat(out.get(0).justification()).isEqualTo("hadolint ignore pragma");
        assertThat(out.get(3).justification()).isEqualTo("hadolint global ignore pragma");
    }

    @Test
    void hadolintPragmasCanBeTurnedOff() {
        SourceFile f = SourceFile.of("Dockerfile", "# hadolint ignore=DL3014\nRUN apt-get install curl\n");
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, false, List.of(), "");
        assertThat(s.apply(List.of(finding("DF020", 2, Map.of()))).get(0).suppressed()).isFalse();
    }

    @Test
    void hadolintConfigIgnoredListAppliesEverywhere() {
        SourceFile f = SourceFile.of("Dockerfile", "FROM debian:12\nRUN apt-get install curl\n");
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, true, List.of("DL3014"), ".hadolint.yaml");
        Finding out = s.apply(List.of(finding("DF020", 2, Map.of()))).get(0);
        assertThat(out.suppressed()).isTrue();
        assertThat(out.justification()).isEqualTo("ignored in .hadolint.yaml");
    }

    @Test
    void trailingPragmasAndObjectWaivers() {
        SourceFile f = SourceFile.of("deploy.yaml", """
                spec:
                  privileged: true  # opsmith:ignore=DF020 break-glass debug pod, removed by PAY-77
                  other: 1
                """);
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, true, List.of(), "", true,
                List.of(new Waiver(List.of("DS001"), "", "annotation opsmith.dev/ignore", 1, 3)));
        List<Finding> out = s.apply(List.of(finding("DF020", 2, Map.of()), finding("DF020", 3, Map.of()),
                finding("DF002", 3, Map.of())));
        assertThat(out).extracting(Finding::suppressed).containsExactly(true, false, true);
        assertThat(out.get(0).justification()).isEqualTo("break-glass debug pod, removed by PAY-77");
        assertThat(out.get(2).justification()).isEqualTo("annotation opsmith.dev/ignore");
        Suppressions dockerStyle = Suppressions.read(f, l -> l, RESOLVER, true, List.of(), "");
        assertThat(dockerStyle.apply(List.of(finding("DF020", 2, Map.of()))).get(0).suppressed())
                .as("a trailing # is not a comment in a Dockerfile").isFalse();
    }

    @Test
    void unknownIdsAreNoticedNotFatal() {
        SourceFile f = SourceFile.of("Dockerfile", "# opsmith:ignore=NOPE42 typo\nFROM debian:12\n");
        Suppressions s = Suppressions.read(f, l -> l, RESOLVER, true, List.of(), "");
        assertThat(s.notices()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo("Dockerfile:1");
            assertThat(n.message()).contains("unknown rule 'NOPE42'");
        });
    }
}
