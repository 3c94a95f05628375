package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangelogTest {
    @TempDir
    Path dir;
    TestRepo repo;

    @BeforeEach
    void init() throws Exception {
        repo = TestRepo.init(dir);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private static ReleaseSettings github() throws Exception {
        return ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  links:
                    repository: https://github.com/acme/payments
                """, ".opsmith.yaml"));
    }

    @Test
    void entryHasBreakingFirstThenSectionsScopesLinksAndContributors() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        RevCommit refunds = repo.commit("feat(api): refunds endpoint (#123)", "Grace Hopper");
        RevCommit rounding = repo.commit("fix(ledger): round half-even\n\nCloses #45", "Ada Lovelace");
        RevCommit limits = repo.commit("feat(config)!: read limits from limits.yaml\n\n"
                + "BREAKING CHANGE: limits.properties is no longer read;\nmove its keys to limits.yaml.", "Ada Lovelace");
        repo.commit("chore: tidy build", "Linus Build");
        ReleaseSettings s = github();
        PackagePlan p = repo.plan(s, PlanOptions.DEFAULT).packages().get(0);
        String c = "https://github.com/acme/payments/commit/";
        String expected = "## [2.0.0](https://github.com/acme/payments/compare/v1.2.0...v2.0.0) - 2026-11-27\n"
                + "\n"
                + "### Breaking changes\n"
                + "\n"
                + "- **config:** read limits from limits.yaml ([" + limits.abbreviate(7).name() + "](" + c + limits.getName() + "))\n"
                + "\n"
                + "  limits.properties is no longer read;\n"
                + "  move its keys to limits.yaml.\n"
                + "\n"
                + "### Features\n"
                + "\n"
                + "- **api:** refunds endpoint ([#123](https://github.com/acme/payments/issues/123)) (["
                + refunds.abbreviate(7).name() + "](" + c + refunds.getName() + "))\n"
                + "\n"
                + "### Bug fixes\n"
                + "\n"
                + "- **ledger:** round half-even ([#45](https://github.com/acme/payments/issues/45)) (["
                + rounding.abbreviate(7).name() + "](" + c + rounding.getName() + "))\n"
                + "\n"
                + "### Contributors\n"
                + "\n"
                + "- Ada Lovelace\n"
                + "- Grace Hopper\n"
                + "- Linus Build\n";
        assertThat(new Changelog(s).entry(p, TestRepo.CLOCK.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .isEqualTo(expected);
    }

    @Test
    void withoutLinksEntriesCarryShortIdsAndTitlesComeFromConfiguration() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        RevCommit perf = repo.commit("perf: cache FX rates");
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  changelog:
                    contributors: false
                    sections:
                      - {type: perf, title: Faster}
                      - {type: fix, title: Fixed}
                """, ".opsmith.yaml"));
        PackagePlan p = repo.plan(s, PlanOptions.DEFAULT).packages().get(0);
        assertThat(new Changelog(s).entry(p, java.time.LocalDate.of(2026, 11, 27))).isEqualTo(
                "## [1.0.1] - 2026-11-27\n\n### Faster\n\n- cache FX rates (" + perf.abbreviate(7).name() + ")\n");
    }

    @Test
    void gitlabAndBitbucketPresetsShapeUrls() throws Exception {
        LinkTemplates gitlab = LinkTemplates.from(new ReleaseConfig.Links("gitlab", "https://git.bank.example/pay/api", null, null, null));
        assertThat(gitlab.compareUrl("v1.0.0", "v1.1.0")).contains("https://git.bank.example/pay/api/-/compare/v1.0.0...v1.1.0");
        assertThat(gitlab.issueUrl("7")).contains("https://git.bank.example/pay/api/-/issues/7");
        LinkTemplates bitbucket = LinkTemplates.from(new ReleaseConfig.Links(null, "https://bitbucket.org/acme/pay.git", null, null, null));
        assertThat(bitbucket.commitUrl("abc")).contains("https://bitbucket.org/acme/pay/commits/abc");
        LinkTemplates generic = LinkTemplates.from(new ReleaseConfig.Links("generic", "https://code.example/pay", "{repository}/c/{sha}", null, null));
        assertThat(generic.commitUrl("abc")).contains("https://code.example/pay/c/abc");
        assertThat(generic.issueUrl("1")).isEmpty();
    }

    @Test
    void insertsUnderTheTitleAndUnreleasedWithoutTouchingOlderEntries() throws Exception {
        String existing = """
                # Changelog

                Hand-written intro.

                ## [Unreleased]

                - something pending

                ## [1.2.0] - 2026-01-01

                ### Features

                - old entry, kept byte for byte   \s
                """;
        String entry = "## [1.3.0] - 2026-11-27\n\n### Features\n\n- new\n";
        String result = Changelog.insert(Optional.of(existing), entry, SemVer.of(1, 3, 0), "CHANGELOG.md");
        assertThat(result).isEqualTo("""
                # Changelog

                Hand-written intro.

                ## [Unreleased]

                - something pending

                ## [1.3.0] - 2026-11-27

                ### Features

                - new

                ## [1.2.0] - 2026-01-01

                ### Features

                - old entry, kept byte for byte   \s
                """);
    }

    @Test
    void keepsCrlfAndCreatesANewFileWithAHeader() throws Exception {
        String crlf = "# Changelog\r\n\r\n## [1.0.0] - 2026-01-01\r\n\r\n- first\r\n";
        String result = Changelog.insert(Optional.of(crlf), "## [1.1.0] - 2026-11-27\n\n- second\n", SemVer.of(1, 1, 0), "CHANGELOG.md");
        assertThat(result).isEqualTo("# Changelog\r\n\r\n## [1.1.0] - 2026-11-27\r\n\r\n- second\r\n\r\n## [1.0.0] - 2026-01-01\r\n\r\n- first\r\n");
        String fresh = Changelog.insert(Optional.empty(), "## [1.0.0] - 2026-11-27\n\n- first\n", SemVer.of(1, 0, 0), "CHANGELOG.md");
        assertThat(fresh).startsWith("# Changelog\n\nAll notable changes").endsWith("Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n## [1.0.0] - 2026-11-27\n\n- first\n");
    }

    @Test
    void refusesAVersionThatIsAlreadyInTheFile() {
        assertThatThrownBy(() -> Changelog.insert(Optional.of("# Changelog\n\n## [1.0.0] - 2026-01-01\n"), "## [1.0.0] - x\n",
                SemVer.of(1, 0, 0), "CHANGELOG.md"))
                .isInstanceOf(ReleaseException.class).hasMessage("CHANGELOG.md:3: already has an entry for 1.0.0;"
                        + " was this version released before? Remove the entry or release another version with --as");
    }
}
