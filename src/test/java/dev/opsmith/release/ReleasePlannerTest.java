package dev.opsmith.release;

import org.eclipse.jgit.revwalk.RevCommit;
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

class ReleasePlannerTest {
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

    private PackagePlan only(ReleasePlan plan) {
        assertThat(plan.packages()).hasSize(1);
        return plan.packages().get(0);
    }

    private static PlanOptions preRelease(String channel) {
        return new PlanOptions(Optional.of(channel), Optional.empty(), Optional.empty(), false);
    }

    @Test
    void firstReleaseWithoutTagOrBuildFileIsOneZeroZero() throws Exception {
        repo.commit("chore: initial import");
        repo.commit("feat: accept SEPA transfers");
        PackagePlan p = only(repo.plan());
        assertThat(p.current()).isEmpty();
        assertThat(p.next()).contains(SemVer.of(1, 0, 0));
        assertThat(p.nextTag()).contains("v1.0.0");
        assertThat(p.reason()).startsWith("first release (no build file declares a version)");
    }

    @Test
    void firstReleaseTakesTheDeclaredVersionWithoutSnapshot() throws Exception {
        repo.write("VERSION", "0.4.0\n");
        repo.commit("feat: accept SEPA transfers");
        assertThat(only(repo.plan()).next()).contains(SemVer.of(0, 4, 0));
    }

    @Test
    void featureAfterReleaseIsMinorAndIgnoresOtherPatternsAndInvalidTags() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.tag("release-9.0.0");
        repo.tag("v1.2");
        repo.commit("fix: round amounts");
        repo.commit("feat(api): refunds endpoint");
        repo.commit("docs: explain refunds");
        PackagePlan p = only(repo.plan());
        assertThat(p.current()).contains(SemVer.of(1, 2, 0));
        assertThat(p.next()).contains(SemVer.of(1, 3, 0));
        assertThat(p.bump()).isEqualTo(Bump.MINOR);
        assertThat(p.reason()).contains("feat(api): refunds endpoint");
        assertThat(p.analysis().counted()).hasSize(3);
    }

    @Test
    void newestReachableTagByPrecedenceWinsOverTagsOnOtherBranches() throws Exception {
        repo.commit("feat: a");
        repo.tag("v1.0.0");
        repo.commit("fix: b");
        repo.tag("v1.0.1");
        RevCommit main = repo.commit("fix: c");
        repo.git.checkout().setCreateBranch(true).setName("experiment").call();
        repo.commit("feat!: unrelated rewrite");
        repo.tag("v2.0.0");
        repo.git.checkout().setName("main").call();
        assertThat(repo.git.getRepository().resolve("HEAD")).isEqualTo(main.getId());
        PackagePlan p = only(repo.plan());
        assertThat(p.current()).contains(SemVer.of(1, 0, 1));
        assertThat(p.next()).contains(SemVer.of(1, 0, 2));
    }

    @Test
    void breakingChangeInAFooterIsMajor() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.4.2");
        repo.commit("fix(config): read limits from the new file\n\nBREAKING CHANGE: limits.yaml replaces limits.properties");
        PackagePlan p = only(repo.plan());
        assertThat(p.next()).contains(SemVer.of(2, 0, 0));
        assertThat(p.reason()).startsWith("breaking change");
    }

    @Test
    void breakingChangeWhileZeroMajorBumpsMinorUnlessConfigured() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v0.3.1");
        repo.commit("feat!: rename the API");
        assertThat(only(repo.plan()).next()).contains(SemVer.of(0, 4, 0));
        assertThat(only(repo.plan()).reason()).contains("0.x");
        ReleaseSettings major = ReleaseSettings.from(dev.opsmith.config.ReleaseConfig.parse(
                "release:\n  zero-major-breaking: major\n", ".opsmith.yaml"));
        assertThat(only(repo.plan(major, PlanOptions.DEFAULT)).next()).contains(SemVer.of(1, 0, 0));
    }

    @Test
    void preReleasesCountUpThenPromote() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.commit("feat: refunds");
        assertThat(only(repo.plan(ReleaseSettings.defaults(), preRelease("rc"))).next().map(SemVer::toString))
                .contains("1.3.0-rc.1");
        repo.tag("v1.3.0-rc.1");
        assertThat(only(repo.plan(ReleaseSettings.defaults(), preRelease("rc"))).next())
                .as("nothing new since rc.1").isEmpty();
        repo.commit("fix: refund rounding");
        PackagePlan rc2 = only(repo.plan(ReleaseSettings.defaults(), preRelease("rc")));
        assertThat(rc2.next().map(SemVer::toString)).contains("1.3.0-rc.2");
        assertThat(rc2.previousTag()).contains("v1.3.0-rc.1");
        assertThat(rc2.notes().counted()).extracting(c -> c.message().header()).containsExactly("fix: refund rounding");
        repo.tag("v1.3.0-rc.2");
        PackagePlan promoted = only(repo.plan());
        assertThat(promoted.next().map(SemVer::toString)).contains("1.3.0");
        assertThat(promoted.previousTag()).contains("v1.2.0");
        assertThat(promoted.notes().counted()).hasSize(2);
    }

    @Test
    void revertInsideTheRangeCancelsTheFeature() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        RevCommit feat = repo.commit("feat: CSV export");
        repo.commit("Revert \"feat: CSV export\"\n\nThis reverts commit " + feat.getName() + ".\n");
        repo.commit("fix: typo in IBAN validation message");
        PackagePlan p = only(repo.plan());
        assertThat(p.next()).contains(SemVer.of(1, 2, 1));
        assertThat(p.analysis().cancelled()).hasSize(2);
    }

    @Test
    void revertOfARevertRestoresTheFeature() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        RevCommit feat = repo.commit("feat: CSV export");
        RevCommit revert = repo.commit("Revert \"feat: CSV export\"\n\nThis reverts commit " + feat.getName() + ".\n");
        repo.commit("Revert \"Revert \"feat: CSV export\"\"\n\nThis reverts commit " + revert.getName() + ".\n");
        assertThat(only(repo.plan()).next()).contains(SemVer.of(1, 3, 0));
    }

    @Test
    void revertOfAReleasedFixIsAPatch() throws Exception {
        RevCommit fix = repo.commit("fix: cache exchange rates");
        repo.tag("v2.1.0");
        repo.commit("revert: fix: cache exchange rates\n\nThis reverts commit " + fix.getName().substring(0, 12) + ".");
        PackagePlan p = only(repo.plan());
        assertThat(p.next()).contains(SemVer.of(2, 1, 1));
        assertThat(p.analysis().cancelled()).isEmpty();
    }

    @Test
    void onlyChoresMeanNoRelease() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("chore: bump build plugins");
        repo.commit("Tidy up");
        PackagePlan p = only(repo.plan());
        assertThat(p.next()).isEmpty();
        assertThat(p.reason()).isEqualTo("nothing to release: none of the 2 commit(s) since v1.0.0 calls for a release"
                + " (only types such as chore, docs or test, or changes cancelled by reverts).");
        assertThat(p.analysis().nonConventional()).hasSize(1);
    }

    @Test
    void typeMapFromConfigurationChangesTheBump() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("docs: publish the API reference");
        ReleaseSettings s = ReleaseSettings.from(dev.opsmith.config.ReleaseConfig.parse(
                "release:\n  types:\n    docs: patch\n    feat: none\n", ".opsmith.yaml"));
        assertThat(only(repo.plan(s, PlanOptions.DEFAULT)).next()).contains(SemVer.of(1, 0, 1));
    }

    @Test
    void asVersionOverridesAndMustBeHigher() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("chore: nothing releasable");
        PlanOptions as = new PlanOptions(Optional.empty(), SemVer.parse("3.0.0"), Optional.empty(), false);
        assertThat(only(repo.plan(ReleaseSettings.defaults(), as)).next()).contains(SemVer.of(3, 0, 0));
        PlanOptions lower = new PlanOptions(Optional.empty(), SemVer.parse("0.9.0"), Optional.empty(), false);
        assertThatThrownBy(() -> repo.plan(ReleaseSettings.defaults(), lower))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("not above the last release 1.0.0");
    }

    @Test
    void maintenanceBranchReleasesPatchesOfItsLineAndRefusesFeatures() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.2.0");
        repo.git.branchCreate().setName("1.2.x").call();
        repo.commit("feat: refunds");
        repo.tag("v1.3.0");
        repo.git.checkout().setName("1.2.x").call();
        repo.commit("fix: rounding (backport)");
        PackagePlan p = only(repo.plan());
        assertThat(p.current()).contains(SemVer.of(1, 2, 0));
        assertThat(p.next()).contains(SemVer.of(1, 2, 1));
        repo.commit("feat: something new");
        assertThatThrownBy(() -> repo.plan())
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining("branch 1.2.x is a maintenance branch: it releases only patch versions of 1.2.x,"
                        + " but \"feat: something new\"")
                .hasMessageContaining("calls for a minor release");
    }

    @Test
    void strictRefusesNonConventionalCommits() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.commit("fix: a");
        repo.commit("WIP");
        PlanOptions strict = new PlanOptions(Optional.empty(), Optional.empty(), Optional.empty(), true);
        assertThatThrownBy(() -> repo.plan(ReleaseSettings.defaults(), strict))
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining("1 commit(s) since v1.0.0 are not Conventional Commits (--strict)")
                .hasMessageContaining(" WIP");
    }

    @Test
    void mergeCommitsAreSkippedButTheirCommitsCount() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.git.checkout().setCreateBranch(true).setName("feature").call();
        repo.commit("feat(api): refunds");
        repo.git.checkout().setName("main").call();
        repo.commit("docs: readme");
        repo.git.merge().include(repo.git.getRepository().resolve("feature")).setCommit(true)
                .setMessage("Merge pull request #12 from acme/feature").setFastForward(
                        org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
        PackagePlan p = only(repo.plan());
        assertThat(p.next()).contains(SemVer.of(1, 1, 0));
        assertThat(p.analysis().skipped()).hasSize(1);
    }

    @Test
    void detachedHeadIsRefused() throws Exception {
        RevCommit c = repo.commit("feat: accounts");
        repo.commit("fix: b");
        repo.git.checkout().setName(c.getName()).call();
        assertThatThrownBy(() -> repo.plan()).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("HEAD is detached at").hasMessageContaining("release from a branch");
    }

    @Test
    void shallowCloneWithoutReachableTagIsRefused() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        RevCommit cut = repo.commit("fix: a");
        repo.commit("fix: b");
        // what `git clone --depth 2` leaves: the cut-off commit listed in .git/shallow, its parents absent
        Files.writeString(dir.resolve(".git/shallow"), cut.getName() + "\n");
        repo.git.tagDelete().setTags("v1.0.0").call();
        assertThatThrownBy(() -> repo.plan()).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("shallow clone").hasMessageContaining("git fetch --tags --unshallow");
    }

    @Test
    void existingTagForTheNextVersionIsRefused() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        RevCommit side = repo.commit("fix: a");
        repo.git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
        repo.lightweightTag("v1.0.1", side);
        repo.commit("fix: b");
        assertThatThrownBy(() -> repo.plan()).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("tag v1.0.1 already exists");
    }

    @Test
    void monorepoReleasesOnlyThePackageThatChanged() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(dev.opsmith.config.ReleaseConfig.parse("""
                release:
                  packages:
                    - name: payments-api
                      path: services/payments-api
                    - name: ledger
                      path: services/ledger
                      shared-paths: [libs/money]
                """, ".opsmith.yaml"));
        repo.commitIn("services/payments-api", "feat: payments", "Ada Lovelace");
        repo.commitIn("services/ledger", "feat: ledger", "Ada Lovelace");
        repo.tag("payments-api/v1.0.0");
        repo.tag("ledger/v2.0.0");
        repo.commitIn("services/payments-api", "feat(api): refunds", "Ada Lovelace");
        repo.commitIn("libs/money", "fix: rounding", "Grace Hopper");
        List<PackagePlan> plans = repo.plan(s, PlanOptions.DEFAULT).packages();
        assertThat(plans).extracting(p -> p.nextTag().orElse("-")).containsExactly("payments-api/v1.1.0", "ledger/v2.0.1");
        assertThat(plans.get(1).analysis().counted()).extracting(c -> c.message().header()).containsExactly("fix: rounding");
    }

    @Test
    void discoveryWalksUpFromASubfolder() throws Exception {
        repo.commitIn("services/api", "feat: a", "Ada Lovelace");
        try (ReleaseRepository r = ReleaseRepository.discover(dir.resolve("services/api"))) {
            assertThat(r.workTree()).isEqualTo(dir.toRealPath());
        }
    }

    @Test
    void firstParentModeReadsPullRequestTitlesFromMerges() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v1.0.0");
        repo.git.checkout().setCreateBranch(true).setName("feature").call();
        repo.commit("wip");
        repo.commit("more wip");
        repo.git.checkout().setName("main").call();
        repo.git.merge().include(repo.git.getRepository().resolve("feature")).setCommit(true)
                .setMessage("Merge pull request #12 from acme/feature\n\nfeat(api): refunds")
                .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
        ReleaseSettings s = ReleaseSettings.from(dev.opsmith.config.ReleaseConfig.parse(
                "release:\n  merge-commits: first-parent\n", ".opsmith.yaml"));
        PackagePlan p = only(repo.plan(s, PlanOptions.DEFAULT));
        assertThat(p.next()).contains(SemVer.of(1, 1, 0));
        assertThat(p.analysis().nonConventional()).as("the branch's own commits are not read").isEmpty();
        assertThat(p.analysis().counted()).singleElement().satisfies(c -> {
            assertThat(c.message().header()).isEqualTo("feat(api): refunds");
            assertThat(c.message().pullRequest()).contains(12);
        });
        assertThat(only(repo.plan()).analysis().nonConventional()).as("default: merged commits are read").hasSize(2);
    }

    @Test
    void majorMaintenanceBranchAllowsFeaturesButNotBreakingChanges() throws Exception {
        repo.commit("feat: accounts");
        repo.tag("v2.4.0");
        repo.git.checkout().setCreateBranch(true).setName("release/2.x").call();
        repo.commit("feat: export for the old API");
        assertThat(only(repo.plan()).next()).contains(SemVer.of(2, 5, 0));
        repo.commit("feat!: drop the old API");
        assertThatThrownBy(() -> repo.plan()).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("it releases only minor and patch versions of 2.x");
    }
}
