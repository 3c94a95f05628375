package dev.opsmith.cli;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code opsmith release}, {@code release plan} and {@code release tag} as a user runs them. */
class ReleaseCommandTest {
    @TempDir
    Path dir;
    Git git;
    int tick;

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
        config.setString("user", null, "name", "Release Bot");
        config.setString("user", null, "email", "bot@example.com");
        config.save();
    }

    @AfterEach
    void close() {
        git.close();
    }

    private String commit(String message) throws Exception {
        Files.writeString(dir.resolve("file-" + tick + ".txt"), "x" + tick + "\n");
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Ada Lovelace", "ada@example.com",
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * tick++), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName();
    }

    private void tag(String name) throws Exception {
        git.tag().setName(name).setAnnotated(true).setMessage(name).call();
    }

    @Test
    void planJsonShowsCurrentNextBumpReasonAndCommitsByType() throws Exception {
        commit("feat: accounts");
        tag("v1.2.0");
        String fix = commit("fix(ledger): rounding (#9)");
        String feat = commit("feat(api): refunds");
        commit("Update docs");
        Run r = run("release", "plan", dir.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("branch").asString()).isEqualTo("main");
        assertThat(json.get("current").asString()).isEqualTo("1.2.0");
        assertThat(json.get("next").asString()).isEqualTo("1.3.0");
        assertThat(json.get("nextTag").asString()).isEqualTo("v1.3.0");
        assertThat(json.get("bump").asString()).isEqualTo("minor");
        assertThat(json.get("reason").asString()).isEqualTo("minor change \"feat(api): refunds\" (" + feat.substring(0, 7) + ")");
        assertThat(json.get("commits").propertyNames()).containsExactly("feat", "fix");
        JsonNode fixJson = json.get("commits").get("fix").get(0);
        assertThat(fixJson.get("sha").asString()).isEqualTo(fix);
        assertThat(fixJson.get("scope").asString()).isEqualTo("ledger");
        assertThat(fixJson.get("pullRequest").asInt()).isEqualTo(9);
        assertThat(json.get("nonConventional").get(0).get("header").asString()).isEqualTo("Update docs");
        assertThat(json.get("packages")).hasSize(1);
        assertThat(json.get("packages").get(0).get("path").asString()).isEqualTo(".");
        assertThat(r.out()).endsWith("}\n").contains("\n  \"branch\": \"main\",\n");
    }

    @Test
    void noReleasableChangeExitsZeroWithNullNextAndASentence() throws Exception {
        commit("feat: accounts");
        tag("v1.0.0");
        commit("chore: tidy");
        Run json = run("release", "plan", dir.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode tree = JsonMapper.builder().build().readTree(json.out());
        assertThat(tree.get("next").isNull()).isTrue();
        assertThat(tree.get("bump").isNull()).isTrue();
        Run release = run("release", dir.toString());
        assertThat(release.code()).isZero();
        assertThat(release.out()).startsWith("nothing to release: none of the 1 commit(s) since v1.0.0 calls for a release");
        assertThat(git.tagList().call()).hasSize(1);
    }

    @Test
    void releaseCommitsAndTagsAndPrintsWhatToPush() throws Exception {
        commit("feat: accounts");
        Run r = run("release", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("released v1.0.0: commit ").contains("\"chore(release): 1.0.0\"")
                .contains("changed: CHANGELOG.md").contains("nothing was pushed; publish with: git push --atomic origin main v1.0.0");
        assertThat(git.tagList().call()).extracting(t -> t.getName()).containsExactly("refs/tags/v1.0.0");
    }

    @Test
    void notesOnlyPrintsMarkdownAndChangesNothing() throws Exception {
        commit("feat: accounts");
        tag("v1.0.0");
        String fix = commit("fix: rounding");
        Run r = run("release", dir.toString(), "--notes-only");
        assertThat(r.out()).isEqualTo("### Bug fixes\n\n- rounding (" + fix.substring(0, 7) + ")\n\n### Contributors\n\n- Ada Lovelace\n");
        assertThat(Files.exists(dir.resolve("CHANGELOG.md"))).isFalse();
    }

    @Test
    void refusalsExitTwoWithoutAStackTrace() throws Exception {
        commit("feat: accounts");
        Files.writeString(dir.resolve("scratch.txt"), "x");
        Run dirty = run("release", dir.toString());
        assertThat(dirty.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(dirty.err()).startsWith("opsmith: the working tree has uncommitted changes: scratch.txt\n")
                .doesNotContain("Exception");
        Run badAs = run("release", "plan", dir.toString(), "--as", "next");
        assertThat(badAs.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badAs.err()).contains("--as next: not a semantic version");
        Run notRepo = run("release", "plan", dir.getRoot().resolve("definitely-not-here-" + System.nanoTime()).toString());
        assertThat(notRepo.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notRepo.err()).contains("no such file or folder");
    }

    @Test
    void verboseListsNonConventionalCommits() throws Exception {
        commit("feat: accounts");
        String wip = commit("WIP");
        Run quiet = run("release", "plan", dir.toString());
        assertThat(quiet.out()).contains("1 not conventional").contains("(--verbose lists the commits that are not conventional)");
        Run release = run("release", dir.toString(), "--notes-only");
        assertThat(release.err()).contains("1 commit(s) are not Conventional Commits and do not count"
                + " (--verbose lists them, --strict refuses them)");
        Run verbose = run("release", "plan", dir.toString(), "--verbose");
        assertThat(verbose.out()).contains(wip.substring(0, 7) + " (not conventional) WIP");
        Run strict = run("release", "plan", dir.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void configurationErrorsPointAtTheLine() throws Exception {
        commit("feat: accounts");
        Files.writeString(dir.resolve(".opsmith.yaml"), "release:\n  tag-pattern: release-x\n");
        git.add().addFilepattern(".opsmith.yaml").call();
        commit("chore: config");
        Run r = run("release", "plan", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(".opsmith.yaml:2:16: release.tag-pattern:");
    }

    @Test
    void branchModeThenTagOnTheDefaultBranch() throws Exception {
        commit("feat: accounts");
        tag("v1.0.0");
        commit("feat: refunds");
        Run r = run("release", dir.toString(), "--branch", "release/1.1.0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Title: chore(release): 1.1.0").contains("After the pull request is merged, run 'opsmith release tag'");
        git.checkout().setName("main").call();
        git.merge().include(git.getRepository().resolve("release/1.1.0")).call();
        Run tag = run("release", "tag", dir.toString());
        assertThat(tag.code()).as(tag.err()).isZero();
        assertThat(tag.out()).contains("\"chore(release): 1.1.0\": v1.1.0");
        Run again = run("release", "tag", dir.toString());
        assertThat(again.out()).startsWith("no untagged release commit");
        List<String> tags = new ArrayList<>();
        git.tagList().call().forEach(t -> tags.add(t.getName()));
        assertThat(tags).containsExactly("refs/tags/v1.0.0", "refs/tags/v1.1.0");
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("release", "--help");
        assertThat(r.out()).contains("Exit codes:").contains("0   released, or nothing to release");
    }

    @Test
    void monorepoPlanJsonHasOneObjectPerPackage() throws Exception {
        Files.writeString(dir.resolve(".opsmith.yaml"), """
                release:
                  packages:
                    - {name: api, path: api}
                    - {name: web, path: web}
                """);
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/Main.java"), "class Main {}\n");
        commit("feat: api");
        Run missing = run("release", "plan", dir.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("opsmith: release.packages: package 'web' has path 'web', which is not a folder"
                + " of the repository; fix the path (relative to the repository root)\n");
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("web/index.html"), "<html></html>\n");
        commit("feat: web");
        git.tag().setName("api/v1.0.0").setAnnotated(true).setMessage("api").call();
        git.tag().setName("web/v1.0.0").setAnnotated(true).setMessage("web").call();
        Files.writeString(dir.resolve("api/Main.java"), "class Main { int x; }\n");
        commit("fix(api): x");
        Run r = run("release", "plan", dir.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.has("next")).as("per package only").isFalse();
        assertThat(json.get("packages")).hasSize(2);
        assertThat(json.get("packages").get(0).get("nextTag").asString()).isEqualTo("api/v1.0.1");
        assertThat(json.get("packages").get(1).get("name").asString()).isEqualTo("web");
        assertThat(json.get("packages").get(1).get("next").isNull()).isTrue();
        Run text = run("release", "plan", dir.toString());
        assertThat(text.out()).startsWith("api: next release 1.0.1 (tag api/v1.0.1), current 1.0.0 (api/v1.0.0)\n")
                .contains("web: no release; current 1.0.0 (web/v1.0.0)\n");
    }
}
