package dev.opsmith.release;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommitLinterTest {
    private final CommitLinter defaults = new CommitLinter(CommitLinter.DEFAULT_TYPES, List.of(), false, 72);
    private final CommitLinter strict = new CommitLinter(List.of("feat", "fix"), List.of("api", "ledger"), true, 100);

    @Test
    void conventionalMessagesPass() {
        assertThat(defaults.lint("feat(api): refunds endpoint\n\nLong explanation.\n\nRefs: #12", false)).isEmpty();
        assertThat(defaults.lint("fix!: reject negative amounts", false)).isEmpty();
    }

    @Test
    void gitRevertAndMergeMessagesPass() {
        assertThat(strict.lint("Revert \"feat(api): refunds endpoint\"\n\nThis reverts commit 0123456789abcdef.", false)).isEmpty();
        assertThat(strict.lint("Merge pull request #12 from acme/refunds", false)).isEmpty();
        assertThat(strict.lint("Merge branch 'main' into refunds", false)).isEmpty();
    }

    @Test
    void freeTextIsExplained() {
        assertThat(defaults.lint("Fixed the thing", false)).containsExactly("header \"Fixed the thing\" is not a Conventional"
                + " Commit; write type(scope): description, e.g. \"fix(api): reject negative amounts\" (types: build, chore,"
                + " ci, docs, feat, fix, perf, refactor, revert, style, test)");
    }

    @Test
    void typeScopeAndLengthRulesApply() {
        assertThat(strict.lint("docs: readme", false)).containsExactly("type 'docs' is not allowed; use one of feat, fix",
                "a scope is required: docs(scope): … with one of api, ledger");
        assertThat(strict.lint("feat(web): x", false)).containsExactly("scope 'web' is not allowed; use one of api, ledger");
        assertThat(defaults.lint("feat: " + "x".repeat(80), false)).containsExactly(
                "header is 86 characters long; keep it to 72 and move details to the body");
        assertThat(defaults.lint("Feat: upper case", false)).containsExactly("type 'Feat' should be lower case: feat");
        assertThat(defaults.lint("feat: x\nno blank line", false)).containsExactly(
                "line 2 must be blank: the body starts after an empty line");
    }

    @Test
    void autosquashPassesInAHookButNotInARange() {
        assertThat(defaults.lint("fixup! feat: x", true)).isEmpty();
        assertThat(defaults.lint("fixup! feat: x", false)).singleElement().asString().contains("git rebase -i --autosquash");
    }

    @Test
    void commentsAndScissorsAreIgnoredLikeGitDoes() {
        String edited = """
                fix(api): handle empty IBAN
                # Please enter the commit message for your changes.
                # ------------------------ >8 ------------------------
                diff --git a/x b/x
                """;
        assertThat(defaults.lint(edited, true)).isEmpty();
        assertThat(defaults.lint("# only comments\n", true)).containsExactly("the message is empty");
    }
}
