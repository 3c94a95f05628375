package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseWriterTest {
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

    private ReleaseResult release(ReleaseSettings settings, PlanOptions plan, WriteOptions write) throws Exception {
        try (ReleaseRepository r = repo.open()) {
            ReleasePlan p = new ReleasePlanner(r, settings, TestRepo.CLOCK).plan(plan);
            return new ReleaseWriter(r, settings).write(p, write);
        }
    }

    private ReleaseResult release() throws Exception {
        return release(ReleaseSettings.defaults(), PlanOptions.DEFAULT, WriteOptions.DEFAULT);
    }

    private RevTag annotatedTag(String name) throws Exception {
        Ref ref = repo.git.getRepository().exactRef(Constants.R_TAGS + name);
        assertThat(ref).as("tag " + name).isNotNull();
        try (RevWalk walk = new RevWalk(repo.git.getRepository())) {
            return walk.parseTag(ref.getObjectId());
        }
    }

    private String headMessage() throws Exception {
        try (RevWalk walk = new RevWalk(repo.git.getRepository())) {
            return walk.parseCommit(repo.git.getRepository().resolve("HEAD")).getFullMessage();
        }
    }

    @Test
    void bumpsFilesWritesChangelogCommitsAndCreatesAnAnnotatedTag() throws Exception {
        repo.write("VERSION", "1.2.0\n");
        repo.write("package.json", "{\n  \"name\": \"payments\",\n  \"version\": \"1.2.0\"\n}\n");
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        RevCommit feat = repo.commit("feat(api): refunds");
        ReleaseResult result = release();

        assertThat(Files.readString(dir.resolve("VERSION"))).isEqualTo("1.3.0\n");
        assertThat(Files.readString(dir.resolve("package.json"))).isEqualTo("{\n  \"name\": \"payments\",\n  \"version\": \"1.3.0\"\n}\n");
        assertThat(result.files()).containsExactlyInAnyOrder("VERSION", "package.json", "CHANGELOG.md");
        assertThat(result.tags()).containsExactly("v1.3.0");
        assertThat(headMessage()).isEqualTo("chore(release): 1.3.0");
        String notes = "### Features\n\n- **api:** refunds (" + feat.abbreviate(7).name() + ")\n\n### Contributors\n\n- Ada Lovelace\n";
        assertThat(Files.readString(dir.resolve("CHANGELOG.md"))).endsWith("## [1.3.0] - 2026-11-27\n\n" + notes);

        RevTag tag = annotatedTag("v1.3.0");
        assertThat(tag.getFullMessage()).isEqualTo("v1.3.0\n\n" + notes);
        assertThat(tag.getObject().getId()).isEqualTo(ObjectId.fromString(result.commit()));
        assertThat(repo.git.status().call().isClean()).isTrue();
    }

    @Test
    void dirtyTreeIsRefusedUnlessAllowedAndStaysOutOfTheCommit() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("fix: rounding");
        repo.write("notes.txt", "local scratch\n");
        assertThatThrownBy(this::release).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("the working tree has uncommitted changes: notes.txt")
                .hasMessageContaining("--allow-dirty");
        assertThat(Files.exists(dir.resolve("CHANGELOG.md"))).as("nothing written").isFalse();

        ReleaseResult r = release(ReleaseSettings.defaults(), PlanOptions.DEFAULT,
                new WriteOptions(true, Optional.empty(), false, "origin"));
        assertThat(r.files()).containsExactly("CHANGELOG.md");
        assertThat(repo.git.status().call().getUntracked()).containsExactly("notes.txt");
    }

    @Test
    void aTagCreatedMeanwhileIsRefusedBeforeAnythingIsWritten() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("fix: rounding");
        try (ReleaseRepository r = repo.open()) {
            ReleasePlan p = new ReleasePlanner(r, ReleaseSettings.defaults(), TestRepo.CLOCK).plan(PlanOptions.DEFAULT);
            repo.tag("v1.0.1");
            assertThatThrownBy(() -> new ReleaseWriter(r, ReleaseSettings.defaults()).write(p, WriteOptions.DEFAULT))
                    .isInstanceOf(ReleaseException.class).hasMessageContaining("tag v1.0.1 already exists");
        }
        assertThat(Files.exists(dir.resolve("CHANGELOG.md"))).isFalse();
    }

    @Test
    void signingWithoutASignerIsRefusedClearly() throws Exception {
        // x509 has no signer; OpenPGP and SSH signing are tested with real keys in SigningTest
        var config = repo.git.getRepository().getConfig();
        config.setString("gpg", null, "format", "x509");
        config.save();
        repo.commit("feat: accounts");
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("release:\n  sign: true\n", ".opsmith.yaml"));
        assertThatThrownBy(() -> release(s, PlanOptions.DEFAULT, WriteOptions.DEFAULT))
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining("this opsmith has no signer for gpg.format x509");
    }

    @Test
    void snapshotCycleCommitsTheNextDevelopmentVersionAfterTheTag() throws Exception {
        repo.write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>payments</artifactId>
                  <version>1.3.0-SNAPSHOT</version>
                </project>
                """);
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.commit("feat: refunds");
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("release:\n  snapshot: true\n", ".opsmith.yaml"));
        ReleaseResult r = release(s, PlanOptions.DEFAULT, WriteOptions.DEFAULT);
        assertThat(r.snapshotCommit()).isPresent();
        assertThat(headMessage()).isEqualTo("chore(release): prepare 1.3.1-SNAPSHOT");
        assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<version>1.3.1-SNAPSHOT</version>");
        RevTag tag = annotatedTag("v1.3.0");
        assertThat(repo.git.getRepository().parseCommit(tag.getObject()).getFullMessage()).isEqualTo("chore(release): 1.3.0");
        assertThat(repo.open().fileAt(tag.getObject(), "pom.xml").orElseThrow()).contains("<version>1.3.0</version>");
    }

    @Test
    void branchModeThenTagAfterASquashMerge() throws Exception {
        repo.write("VERSION", "1.2.0\n");
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.commit("feat: refunds");
        ReleaseResult r = release(ReleaseSettings.defaults(), PlanOptions.DEFAULT,
                new WriteOptions(false, Optional.of("release/1.3.0"), false, "origin"));
        assertThat(r.tags()).isEmpty();
        assertThat(r.branch()).contains("release/1.3.0");
        assertThat(r.title()).isEqualTo("chore(release): 1.3.0");
        assertThat(r.body()).startsWith("### Features\n\n- refunds (");
        assertThat(repo.git.getRepository().getBranch()).isEqualTo("release/1.3.0");
        assertThat(repo.git.tagList().call()).extracting(Ref::getName).containsExactly("refs/tags/v1.2.0");

        // GitHub's squash merge: the branch's changes as one commit on main, titled after the pull request
        repo.git.checkout().setName("main").call();
        repo.git.merge().include(repo.git.getRepository().resolve("release/1.3.0")).setSquash(true).call();
        RevCommit squashed = repo.commitAll("chore(release): 1.3.0 (#45)", "Ada Lovelace");
        repo.commit("docs: after the release");

        try (ReleaseRepository rr = repo.open()) {
            ReleaseTagger tagger = new ReleaseTagger(rr, ReleaseSettings.defaults());
            ReleaseTagger.Pending pending = tagger.find().orElseThrow();
            assertThat(pending.commit().getId()).isEqualTo(squashed.getId());
            assertThat(tagger.tag(pending)).containsExactly("v1.3.0");
            assertThat(tagger.find()).as("nothing left to tag").isEmpty();
        }
        RevTag tag = annotatedTag("v1.3.0");
        assertThat(tag.getObject().getId()).isEqualTo(squashed.getId());
        assertThat(tag.getFullMessage()).startsWith("v1.3.0\n\n### Features\n\n- refunds (");
    }

    @Test
    void tagAfterAMergeCommitTagsTheMerge() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.commit("fix: rounding");
        release(ReleaseSettings.defaults(), PlanOptions.DEFAULT, new WriteOptions(false, Optional.of("release/1.2.1"), false, "origin"));
        repo.git.checkout().setName("main").call();
        repo.commit("docs: meanwhile on main");
        var merge = repo.git.merge().include(repo.git.getRepository().resolve("release/1.2.1"))
                .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
                .setMessage("Merge pull request #46 from acme/release/1.2.1").call();
        try (ReleaseRepository rr = repo.open()) {
            ReleaseTagger tagger = new ReleaseTagger(rr, ReleaseSettings.defaults());
            ReleaseTagger.Pending pending = tagger.find().orElseThrow();
            assertThat(pending.commit().getId()).isEqualTo(merge.getNewHead());
            assertThat(pending.tags()).containsOnlyKeys("v1.2.1");
        }
    }

    @Test
    void pushSendsTheBranchAndTagToTheRemote() throws Exception {
        Path remoteDir = dir.resolveSibling(dir.getFileName() + "-remote.git");
        try (Git remote = Git.init().setBare(true).setDirectory(remoteDir.toFile()).setInitialBranch("main").call()) {
            repo.commit("feat: accounts");
            var config = repo.git.getRepository().getConfig();
            config.setString("remote", "origin", "url", remoteDir.toUri().toString());
            config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            config.save();
            ReleaseResult r = release(ReleaseSettings.defaults(), PlanOptions.DEFAULT, new WriteOptions(false, Optional.empty(), true, "origin"));
            assertThat(r.pushed()).isTrue();
            assertThat(remote.getRepository().exactRef("refs/tags/v1.0.0")).isNotNull();
            assertThat(remote.getRepository().resolve("refs/heads/main")).isEqualTo(ObjectId.fromString(r.commit()));
        }
    }

    @Test
    void pushWithoutTheRemoteIsRefusedBeforeWriting() throws Exception {
        repo.commit("feat: accounts");
        assertThatThrownBy(() -> release(ReleaseSettings.defaults(), PlanOptions.DEFAULT, new WriteOptions(false, Optional.empty(), true, "origin")))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("no remote named origin");
        assertThat(repo.git.tagList().call()).isEmpty();
    }

    @Test
    void monorepoDependentGetsTheNewDependencyVersionAndAPatchRelease() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  packages:
                    - name: money
                      path: libs/money
                    - name: payments-api
                      path: services/payments-api
                """, ".opsmith.yaml"));
        repo.write("libs/money/package.json", "{\n  \"name\": \"@acme/money\",\n  \"version\": \"2.1.0\"\n}\n");
        repo.write("services/payments-api/package.json", "{\n  \"name\": \"@acme/payments-api\",\n  \"version\": \"1.4.0\",\n"
                + "  \"dependencies\": {\n    \"@acme/money\": \"^2.1.0\"\n  }\n}\n");
        repo.commit("feat: initial");
        repo.tag("money/v2.1.0");
        repo.tag("payments-api/v1.4.0");
        repo.commitIn("libs/money", "feat(money): currency rounding modes", "Grace Hopper");

        ReleaseResult r = release(s, PlanOptions.DEFAULT, WriteOptions.DEFAULT);
        assertThat(r.tags()).containsExactly("money/v2.2.0", "payments-api/v1.4.1");
        assertThat(headMessage()).isEqualTo("chore(release): money 2.2.0, payments-api 1.4.1");
        assertThat(Files.readString(dir.resolve("services/payments-api/package.json"))).isEqualTo(
                "{\n  \"name\": \"@acme/payments-api\",\n  \"version\": \"1.4.1\",\n"
                        + "  \"dependencies\": {\n    \"@acme/money\": \"^2.2.0\"\n  }\n}\n");
        assertThat(Files.readString(dir.resolve("services/payments-api/CHANGELOG.md")))
                .contains("## [1.4.1] - 2026-11-27\n\n### Dependencies\n\n- money updated to 2.2.0\n");
        assertThat(Files.readString(dir.resolve("libs/money/CHANGELOG.md"))).contains("- **money:** currency rounding modes");
    }

    @Test
    void aFailedPushSaysWhatWasDoneAndHowToFinish() throws Exception {
        repo.commit("feat: accounts");
        var config = repo.git.getRepository().getConfig();
        config.setString("remote", "origin", "url", dir.resolveSibling("no-such-remote-" + dir.getFileName()).toUri().toString());
        config.save();
        assertThatThrownBy(() -> release(ReleaseSettings.defaults(), PlanOptions.DEFAULT, new WriteOptions(false, Optional.empty(), true, "origin")))
                .isInstanceOf(ReleaseException.class)
                .satisfies(e -> assertThat(((ReleaseException) e).lines())
                        .first().asString().startsWith("pushing to origin failed: "))
                .satisfies(e -> assertThat(((ReleaseException) e).lines()).contains(
                        "already done: created tag v1.0.0",
                        "finish with: push with git push --atomic origin main v1.0.0",
                        "nothing was pushed; the local release is complete"));
        assertThat(repo.git.tagList().call()).hasSize(1);
    }

    @Test
    void updateOnlyDependentsGetTheNewVersionWithoutARelease() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  dependents: update-only
                  packages:
                    - {name: money, path: libs/money}
                    - {name: payments-api, path: services/payments-api}
                """, ".opsmith.yaml"));
        repo.write("libs/money/package.json", "{\n  \"name\": \"@acme/money\",\n  \"version\": \"2.1.0\"\n}\n");
        repo.write("services/payments-api/package.json", "{\n  \"name\": \"@acme/payments-api\",\n  \"version\": \"1.4.0\",\n"
                + "  \"dependencies\": {\n    \"@acme/money\": \"~2.1.0\"\n  }\n}\n");
        repo.commit("feat: initial");
        repo.tag("money/v2.1.0");
        repo.tag("payments-api/v1.4.0");
        repo.commitIn("libs/money", "fix(money): rounding", "Grace Hopper");
        ReleaseResult r = release(s, PlanOptions.DEFAULT, WriteOptions.DEFAULT);
        assertThat(r.tags()).containsExactly("money/v2.1.1");
        assertThat(Files.readString(dir.resolve("services/payments-api/package.json")))
                .contains("\"version\": \"1.4.0\"").contains("\"@acme/money\": \"~2.1.1\"");
        assertThat(r.files()).contains("services/payments-api/package.json");
    }

    @Test
    void aFailedTagAfterTheCommitSaysHowToFinishOrUndo() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("fix: rounding");
        // another git process holding the tag's lock makes JGit's ref update fail after the commit
        Files.createDirectories(dir.resolve(".git/refs/tags"));
        Files.writeString(dir.resolve(".git/refs/tags/v1.0.1.lock"), "");
        assertThatThrownBy(this::release)
                .isInstanceOf(ReleaseException.class)
                .satisfies(e -> {
                    List<String> lines = ((ReleaseException) e).lines();
                    assertThat(lines.get(0)).startsWith("creating tag v1.0.1 failed: ");
                    assertThat(lines.get(1)).matches("already done: committed [0-9a-f]{7} \"chore\\(release\\): 1\\.0\\.1\" on main \\(CHANGELOG.md\\)");
                    assertThat(lines.get(2)).startsWith("finish with opsmith release tag (it tags the release commit), or git tag -a v1.0.1 ");
                    assertThat(lines.get(3)).matches("to undo: git reset --keep [0-9a-f]{7}~1");
                });
        assertThat(headMessage()).isEqualTo("chore(release): 1.0.1");
    }

    @Test
    void anInvalidTagNameIsRefusedBeforeWriting() throws Exception {
        repo.commit("feat: accounts");
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("release:\n  tag-pattern: \"v{version}..final\"\n", ".opsmith.yaml"));
        assertThatThrownBy(() -> release(s, PlanOptions.DEFAULT, WriteOptions.DEFAULT))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("'v1.0.0..final' is not a valid git tag name");
        assertThat(Files.exists(dir.resolve("CHANGELOG.md"))).isFalse();
    }

    @Test
    void monorepoBranchModeThenTagCreatesEveryPackageTag() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  packages:
                    - {name: api, path: services/api}
                    - {name: web, path: web}
                """, ".opsmith.yaml"));
        repo.commitIn("services/api", "feat: api", "Ada Lovelace");
        repo.commitIn("web", "feat: web", "Ada Lovelace");
        repo.tag("api/v1.0.0");
        repo.tag("web/v3.1.0");
        RevCommit apiFix = repo.commitIn("services/api", "fix(api): timeout", "Ada Lovelace");
        repo.commitIn("web", "feat(web): dark mode", "Grace Hopper");
        ReleaseResult r = release(s, PlanOptions.DEFAULT, new WriteOptions(false, Optional.of("release/next"), false, "origin"));
        assertThat(r.title()).isEqualTo("chore(release): api 1.0.1, web 3.2.0");
        assertThat(r.body()).startsWith("## api/v1.0.1\n\n### Bug fixes\n\n- **api:** timeout (" + apiFix.abbreviate(7).name() + ")");
        repo.git.checkout().setName("main").call();
        repo.git.merge().include(repo.git.getRepository().resolve("release/next")).setSquash(true).call();
        repo.commitAll("chore(release): api 1.0.1, web 3.2.0 (#7)", "Ada Lovelace");
        try (ReleaseRepository rr = repo.open()) {
            ReleaseTagger tagger = new ReleaseTagger(rr, s);
            assertThat(tagger.tag(tagger.find().orElseThrow())).containsExactly("api/v1.0.1", "web/v3.2.0");
        }
        assertThat(annotatedTag("web/v3.2.0").getFullMessage()).startsWith("web/v3.2.0\n\n### Features\n\n- **web:** dark mode (");
    }

    @Test
    void releaseTagPushesOnlyItsTags() throws Exception {
        Path remoteDir = dir.resolveSibling(dir.getFileName() + "-tags.git");
        try (Git remote = Git.init().setBare(true).setDirectory(remoteDir.toFile()).setInitialBranch("main").call()) {
            var config = repo.git.getRepository().getConfig();
            config.setString("remote", "origin", "url", remoteDir.toUri().toString());
            config.save();
            repo.commit("feat: accounts");
            repo.tag("v0.9.0");
            repo.commit("chore(release): 1.0.0");
            try (ReleaseRepository rr = repo.open()) {
                ReleaseTagger tagger = new ReleaseTagger(rr, ReleaseSettings.defaults());
                List<String> tags = tagger.tag(tagger.find().orElseThrow());
                tagger.push("origin", tags);
            }
            assertThat(remote.getRepository().exactRef("refs/tags/v1.0.0")).isNotNull();
            assertThat(remote.getRepository().exactRef("refs/tags/v0.9.0")).isNull();
        }
    }
}
