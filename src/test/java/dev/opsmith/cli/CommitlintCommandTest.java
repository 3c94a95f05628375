package dev.opsmith.cli;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommitlintCommandTest {
    @TempDir
    Path dir;
    Git git;
    int n;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void init() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        var config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Dev");
        config.setString("user", null, "email", "dev@example.com");
        config.save();
    }

    @AfterEach
    void close() {
        git.close();
    }

    private String commit(String message) throws Exception {
        Files.writeString(dir.resolve("f" + n++ + ".txt"), "x");
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).call().getName();
    }

    @Test
    void messageFileFromAHook() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "feat(api): refunds\n# comment from git\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "refunds\n");
        assertThat(run("commitlint", dir.toString(), "--message-file", good.toString()).code()).isEqualTo(ExitCodes.OK);
        Run r = run("commitlint", dir.toString(), "--message-file", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).startsWith(bad + ":1: header \"refunds\" is not a Conventional Commit");
    }

    @Test
    void rangeUsesConfiguredTypesAndReportsEachBadCommit() throws Exception {
        Files.writeString(dir.resolve(".opsmith.yaml"), "release:\n  commitlint:\n    types: [feat, fix, chore]\n    header-max-length: 40\n");
        String base = commit("chore: config");
        commit("feat: refunds");
        String docs = commit("docs: readme");
        commit("Merge branch 'x'");
        Run r = run("commitlint", dir.toString(), "--from", base);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEqualTo(docs.substring(0, 7) + " docs: readme\n"
                + "  type 'docs' is not allowed; use one of feat, fix, chore\n"
                + "3 commit(s) checked, 1 with problems\n");
    }

    @Test
    void withoutOptionsChecksTheLastCommit() throws Exception {
        commit("Initial commit");
        commit("fix: a");
        assertThat(run("commitlint", dir.toString()).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void unknownRevisionIsAUsageError() throws Exception {
        commit("fix: a");
        Run r = run("commitlint", dir.toString(), "--from", "nope");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'nope' does not name a commit in this repository");
    }

    @Test
    void installsTheHookButNeverOverwritesAForeignOne() throws Exception {
        Run r = run("commitlint", dir.toString(), "--install-hook");
        assertThat(r.code()).as(r.err()).isZero();
        Path hook = dir.resolve(".git/hooks/commit-msg");
        assertThat(Files.readString(hook)).contains("exec opsmith commitlint --message-file \"$1\"");
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(run("commitlint", dir.toString(), "--install-hook").code()).as("reinstall is fine").isZero();
        Files.writeString(hook, "#!/bin/sh\nrun-my-checks\n");
        Run foreign = run("commitlint", dir.toString(), "--install-hook");
        assertThat(foreign.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(foreign.err()).contains("a commit-msg hook already exists and opsmith did not write it");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nrun-my-checks\n");
    }

    @Test
    void helpDocumentsExitCodes() {
        assertThat(run("commitlint", "--help").out()).contains("Exit codes:").contains("1   at least one message breaks the rules");
    }
}
