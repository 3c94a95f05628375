package dev.opsmith.release;

import dev.opsmith.release.CommitMessage.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitParserTest {

    @Test
    void readsHeaderWithScopeAndBang() {
        CommitMessage m = CommitParser.parse("feat(api)!: drop the v1 endpoints");
        assertThat(m.kind()).isEqualTo(Kind.CONVENTIONAL);
        assertThat(m.type()).isEqualTo("feat");
        assertThat(m.scope()).isEqualTo("api");
        assertThat(m.breaking()).isTrue();
        assertThat(m.breakingNotes()).containsExactly("drop the v1 endpoints");
    }

    @Test
    void readsBodyAndFootersIncludingMultiLineBreakingChange() {
        CommitMessage m = CommitParser.parse("""
                fix(ledger): round half-even when converting currencies

                Banker's rounding matches what the core banking system books.
                Note: this is prose, not a footer, because text follows.

                Amounts are now rounded the same way everywhere.

                BREAKING CHANGE: amounts ending in .5 may round down;
                  reconcile against the new rule.
                Refs: #42
                Closes #43
                """);
        assertThat(m.body()).startsWith("Banker's rounding").endsWith("rounded the same way everywhere.");
        assertThat(m.footers()).extracting(CommitMessage.Footer::token).containsExactly("BREAKING CHANGE", "Refs", "Closes");
        assertThat(m.footers().get(0).value()).isEqualTo("amounts ending in .5 may round down;\n  reconcile against the new rule.");
        assertThat(m.footers().get(2).separator()).isEqualTo("#");
        assertThat(m.footers().get(2).value()).isEqualTo("43");
        assertThat(m.breaking()).isTrue();
        assertThat(m.bang()).isFalse();
    }

    @Test
    void hyphenatedBreakingChangeTokenCounts() {
        assertThat(CommitParser.parse("feat: x\n\nBREAKING-CHANGE: config key renamed").breaking()).isTrue();
        assertThat(CommitParser.parse("feat: x\n\nbreaking change: lower case is not the token").breaking()).isFalse();
    }

    @Test
    void squashSuffixBecomesThePullRequest() {
        CommitMessage m = CommitParser.parse("feat(payments): add SEPA instant (#123)");
        assertThat(m.description()).isEqualTo("add SEPA instant");
        assertThat(m.pullRequest()).contains(123);
    }

    @Test
    void gitRevertMessageNamesTheCommit() {
        CommitMessage m = CommitParser.parse("""
                Revert "feat: add CSV export"

                This reverts commit 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567.
                """);
        assertThat(m.kind()).isEqualTo(Kind.GIT_REVERT);
        assertThat(m.isRevert()).isTrue();
        assertThat(m.revertedSha()).contains("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
        assertThat(m.revertedHeader()).contains("feat: add CSV export");
    }

    @Test
    void revertTypeIsConventionalAndKeepsItsTarget() {
        CommitMessage m = CommitParser.parse("revert: feat: add CSV export\n\nThis reverts commit 0a1b2c3.");
        assertThat(m.kind()).isEqualTo(Kind.CONVENTIONAL);
        assertThat(m.type()).isEqualTo("revert");
        assertThat(m.revertedHeader()).contains("feat: add CSV export");
        assertThat(m.revertedSha()).contains("0a1b2c3");
    }

    @Test
    void recognisesMergesAndAutosquash() {
        CommitMessage pr = CommitParser.parse("Merge pull request #12 from acme/feature/refunds\n\nfeat: refunds");
        assertThat(pr.kind()).isEqualTo(Kind.MERGE);
        assertThat(pr.pullRequest()).contains(12);
        assertThat(CommitParser.parse("Merge branch 'main' into feature").kind()).isEqualTo(Kind.MERGE);
        assertThat(CommitParser.parse("Merge remote-tracking branch 'origin/main'").kind()).isEqualTo(Kind.MERGE);
        assertThat(CommitParser.parse("fixup! feat: refunds").kind()).isEqualTo(Kind.AUTOSQUASH);
        assertThat(CommitParser.parse("squash! fix: x").kind()).isEqualTo(Kind.AUTOSQUASH);
    }

    @Test
    void freeTextIsNonConventional() {
        assertThat(CommitParser.parse("Update README.md").kind()).isEqualTo(Kind.NON_CONVENTIONAL);
        assertThat(CommitParser.parse("feat:missing space").kind()).isEqualTo(Kind.NON_CONVENTIONAL);
        assertThat(CommitParser.parse("feat: ").kind()).isEqualTo(Kind.NON_CONVENTIONAL);
    }

    @Test
    void crlfMessagesParseLikeLf() {
        CommitMessage m = CommitParser.parse("fix: a\r\n\r\nbody line\r\n\r\nRefs: #7\r\n");
        assertThat(m.body()).isEqualTo("body line");
        assertThat(m.footers()).hasSize(1);
    }
}
