package dev.opsmith.release;

import dev.opsmith.release.PackagePlan.DependencyUpdate;
import dev.opsmith.release.ReleaseRepository.RangeCommit;
import dev.opsmith.release.ReleaseRepository.Tag;
import dev.opsmith.release.ReleaseSettings.PackageSpec;
import dev.opsmith.release.bump.BumpException;
import dev.opsmith.release.bump.DeclaredVersion;
import dev.opsmith.release.bump.FileEdit;
import dev.opsmith.release.bump.VersionFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out, without writing anything, what each package's next release is: finds the last release tag reachable
 * from HEAD, reads the commits since then that touch the package, and applies semantic-release's rules plus the
 * 0.x, pre-release, maintenance-branch and monorepo rules described in the README.
 */
public final class ReleasePlanner {
    private final ReleaseRepository repo;
    private final ReleaseSettings settings;
    private final Clock clock;

    public ReleasePlanner(ReleaseRepository repo, ReleaseSettings settings, Clock clock) {
        this.repo = repo;
        this.settings = settings;
        this.clock = clock;
    }

    public ReleasePlan plan(PlanOptions options) throws ReleaseException, IOException {
        String branch = repo.requireBranch();
        RevCommit head = repo.head();
        List<PackageSpec> specs = selected(options);
        if (options.as().isPresent() && specs.size() > 1) {
            throw new ReleaseException("--as sets one package's version; name the package with --package");
        }
        List<PackagePlan> plans = new ArrayList<>();
        for (PackageSpec spec : specs) plans.add(planPackage(spec, head, branch, options));
        plans = followDependencies(plans);
        return new ReleasePlan(branch, head.getName(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), plans);
    }

    private List<PackageSpec> selected(PlanOptions options) throws ReleaseException {
        if (options.onlyPackage().isEmpty()) return settings.packages();
        String name = options.onlyPackage().get();
        for (PackageSpec p : settings.packages()) if (p.name().equals(name)) return List.of(p);
        List<String> names = settings.packages().stream().map(PackageSpec::name).toList();
        throw new ReleaseException("no package '" + name + "' in release.packages; the packages are " + String.join(", ", names));
    }

    private PackagePlan planPackage(PackageSpec spec, RevCommit head, String branch, PlanOptions options)
            throws ReleaseException, IOException {
        if (!java.nio.file.Files.isDirectory(packageDir(spec))) {
            throw new ReleaseException("release.packages: package '" + spec.name() + "' has path '" + spec.path()
                    + "', which is not a folder of the repository; fix the path (relative to the repository root)");
        }
        List<Tag> tags = repo.tags(spec.tagPattern());
        List<Tag> reachable = repo.reachable(tags, head);
        if (reachable.isEmpty() && repo.isShallow()) {
            throw new ReleaseException(List.of(
                    "this is a shallow clone and no tag matching " + spec.tagPattern() + " is reachable from HEAD,"
                            + " so the last release cannot be found",
                    "fetch the history and tags first: git fetch --tags --unshallow"
                            + " (in GitHub Actions: actions/checkout with fetch-depth: 0)"));
        }
        Optional<MaintenanceBranch> line = MaintenanceBranch.of(branch);
        Optional<Tag> lastRelease = reachable.stream()
                .filter(t -> !t.version().isPreRelease())
                .filter(t -> line.map(l -> l.contains(t.version())).orElse(true))
                .findFirst();
        if (line.isPresent() && lastRelease.isEmpty()) {
            throw new ReleaseException("branch " + branch + " is a maintenance branch for " + line.get()
                    + " but no release of " + line.get() + " is reachable from it; create it from that release's tag"
                    + " (git branch " + branch + " " + spec.tagPattern().format(line.get().first()) + ")");
        }
        List<Commit> commits = commits(spec, head, lastRelease.map(Tag::commit));
        Map<String, Boolean> merges = new LinkedHashMap<>();
        CommitAnalysis analysis = analyse(commits, merges);
        if (options.strict() && !analysis.nonConventional().isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(analysis.nonConventional().size() + " commit(s) since "
                    + lastRelease.map(Tag::name).orElse("the first commit") + " are not Conventional Commits (--strict):");
            for (Commit c : analysis.nonConventional()) lines.add("  " + c.shortSha() + " " + c.message().header());
            lines.add("reword them before releasing (git rebase -i), or run without --strict to ignore them");
            throw new ReleaseException(lines);
        }
        Optional<SemVer> declared = declared(spec);

        Decision d = decide(spec, lastRelease, declared, analysis, line, branch, options);
        Optional<String> previousTag = lastRelease.map(Tag::name);
        CommitAnalysis notes = analysis;
        if (d.next.isPresent() && d.next.get().isPreRelease()) {
            Optional<Tag> lastPre = latestPreRelease(reachable, d.next.get());
            if (lastPre.isPresent()) {
                previousTag = Optional.of(lastPre.get().name());
                Set<String> since = shas(spec, head, lastPre.get().commit());
                notes = analyse(commits.stream().filter(c -> since.contains(c.sha())).toList(), merges);
            }
        }
        if (d.next.isPresent()) refuseExistingTag(spec.tagPattern().format(d.next.get()));
        return new PackagePlan(spec, lastRelease, previousTag, declared, analysis, notes, d.next, d.bump, d.reason, List.of());
    }

    private record Decision(Optional<SemVer> next, Bump bump, String reason) {
    }

    private Decision decide(PackageSpec spec, Optional<Tag> lastRelease, Optional<SemVer> declared,
                            CommitAnalysis analysis, Optional<MaintenanceBranch> line, String branch, PlanOptions options)
            throws ReleaseException, IOException {
        if (options.as().isPresent()) {
            SemVer as = options.as().get();
            if (lastRelease.isPresent() && as.compareTo(lastRelease.get().version()) <= 0) {
                throw new ReleaseException("--as " + as + " is not above the last release " + lastRelease.get().version()
                        + " (" + lastRelease.get().name() + "); give a higher version");
            }
            return new Decision(Optional.of(as), Bump.NONE, "version " + as + " given with --as");
        }
        String since = lastRelease.map(t -> "since " + t.name()).orElse("in the history (no release tag yet)");
        if (analysis.bump() == Bump.NONE) {
            int n = analysis.counted().size() + analysis.cancelled().size() + analysis.nonConventional().size()
                    + analysis.skipped().size();
            String what = n == 0 ? "there are no commits " + since
                    : "none of the " + n + " commit(s) " + since + " calls for a release (only types such as chore, docs"
                    + " or test, or changes cancelled by reverts)";
            return new Decision(Optional.empty(), Bump.NONE, "nothing to release: " + what + ".");
        }
        Commit driver = analysis.driver().orElseThrow();
        Bump bump = analysis.bump();
        String because = "\"" + driver.message().header() + "\" (" + driver.shortSha() + ")";
        if (line.isPresent() && bump.compareTo(line.get().allowed()) > 0) {
            throw new ReleaseException(List.of(
                    "branch " + branch + " is a maintenance branch: it releases only "
                            + (line.get().allowed() == Bump.PATCH ? "patch" : "minor and patch") + " versions of "
                            + line.get() + ", but " + because + " calls for a " + bump.id() + " release",
                    "land that change on the main branch, or revert it here"));
        }
        SemVer base;
        String reason;
        if (lastRelease.isEmpty()) {
            base = declared.map(SemVer::release).orElse(SemVer.of(1, 0, 0));
            reason = "first release" + (declared.isPresent() ? ", at the version the build files declare" : " (no build file declares a version)")
                    + "; releasable change " + because;
            bump = Bump.NONE;
        } else {
            SemVer last = lastRelease.get().version();
            if (last.major() == 0 && bump == Bump.MAJOR && settings.zeroMajorBreaking() == Bump.MINOR) {
                bump = Bump.MINOR;
                reason = "breaking change " + because + " bumps the minor version while the version is 0.x"
                        + " (release.zero-major-breaking: major to leave 0.x)";
            } else {
                reason = (analysis.bump() == Bump.MAJOR ? "breaking change " : bump.id() + " change ") + because;
            }
            base = last.bump(bump);
        }
        if (options.preRelease().isEmpty()) return new Decision(Optional.of(base), bump, reason);
        return preRelease(spec, base, bump, reason, options.preRelease().get());
    }

    /** {@code base-channel.N} with N one above the highest existing tag of that channel for base (any branch). */
    private Decision preRelease(PackageSpec spec, SemVer base, Bump bump, String reason, String channel)
            throws IOException, ReleaseException {
        long highest = 0;
        Optional<Tag> newest = Optional.empty();
        for (Tag t : repo.tags(spec.tagPattern())) {
            long n = channelNumber(t.version(), base, channel);
            if (n > highest) {
                highest = n;
                newest = Optional.of(t);
            }
        }
        if (newest.isPresent() && repo.reachable(List.of(newest.get()), repo.head()).size() == 1) {
            Set<String> since = shas(spec, repo.head(), newest.get().commit());
            boolean anything = false;
            for (String sha : since) {
                RevCommit c = repo.jgit().parseCommit(ObjectId.fromString(sha));
                CommitMessage m = CommitParser.parse(c.getFullMessage());
                if (c.getParentCount() < 2 && m.kind() != CommitMessage.Kind.NON_CONVENTIONAL
                        && CommitAnalysis.bumpOf(m, settings.bumps()) != Bump.NONE) {
                    anything = true;
                }
            }
            if (!anything) {
                return new Decision(Optional.empty(), Bump.NONE, "nothing to release: no releasable change since "
                        + newest.get().name() + ".");
            }
        }
        SemVer next = base.withPreRelease(SemVer.channel(channel, highest + 1));
        return new Decision(Optional.of(next), bump, reason + "; pre-release " + channel + "." + (highest + 1));
    }

    /** N when {@code v} is {@code base-channel.N}, else 0. */
    private static long channelNumber(SemVer v, SemVer base, String channel) {
        if (!v.release().equals(base)) return 0;
        List<String> pre = v.preRelease();
        if (pre.size() != 2 || !pre.get(0).equals(channel) || !SemVer.isNumeric(pre.get(1))) return 0;
        try {
            return Long.parseLong(pre.get(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Tag> latestPreRelease(List<Tag> reachable, SemVer next) {
        return reachable.stream().filter(t -> t.version().isPreRelease())
                .filter(t -> t.version().release().equals(next.release()))
                .filter(t -> t.version().compareTo(next) < 0)
                .findFirst();
    }

    private void refuseExistingTag(String tag) throws IOException, ReleaseException {
        if (repo.tagExists(tag)) {
            throw new ReleaseException(List.of("tag " + tag + " already exists but is not the last release reachable"
                            + " from HEAD (it is on another branch, or was created by hand)",
                    "inspect it with git show " + tag + "; to release anyway give another version with --as,"
                            + " or delete the tag if it is a mistake (git tag -d " + tag + ")"));
        }
    }

    private List<Commit> commits(PackageSpec spec, RevCommit head, Optional<ObjectId> since) throws IOException {
        List<Commit> out = new ArrayList<>();
        for (RangeCommit rc : repo.range(head, since, settings.firstParent())) {
            if (!spec.isRoot() && rc.changedPaths().stream().noneMatch(spec::touches)) continue;
            out.add(toCommit(rc.commit()));
        }
        return out;
    }

    private Set<String> shas(PackageSpec spec, RevCommit head, ObjectId since) throws IOException {
        Set<String> out = new HashSet<>();
        for (RangeCommit rc : repo.range(head, Optional.of(since), settings.firstParent())) {
            if (spec.isRoot() || rc.changedPaths().stream().anyMatch(spec::touches)) out.add(rc.commit().getName());
        }
        return out;
    }

    /**
     * A commit as release reads it. Reading the main line only, a pull-request merge stands for the pull request:
     * its body (the pull request's title, as GitHub writes it) is read as the message.
     */
    private Commit toCommit(RevCommit c) {
        Commit commit = ReleaseRepository.toCommit(c);
        CommitMessage m = commit.message();
        if (settings.firstParent() && c.getParentCount() > 1 && m.kind() == CommitMessage.Kind.MERGE && !m.body().isEmpty()) {
            CommitMessage inner = CommitParser.parse(m.body());
            CommitMessage withPr = new CommitMessage(inner.kind(), inner.header(), inner.type(), inner.scope(), inner.bang(),
                    inner.description(), inner.body(), inner.footers(),
                    inner.pullRequest().isPresent() ? inner.pullRequest() : m.pullRequest(),
                    inner.revertedSha(), inner.revertedHeader());
            return new Commit(commit.sha(), commit.author(), commit.email(), commit.time(), withPr);
        }
        return commit;
    }

    private CommitAnalysis analyse(List<Commit> commits, Map<String, Boolean> mergeCache) throws IOException {
        for (Commit c : commits) {
            if (!mergeCache.containsKey(c.sha())) {
                RevCommit rc = repo.jgit().parseCommit(ObjectId.fromString(c.sha()));
                mergeCache.put(c.sha(), rc.getParentCount() > 1);
            }
        }
        // in first-parent mode a merge stands for its pull request and counts; otherwise merges are skipped
        boolean firstParent = settings.firstParent();
        return CommitAnalysis.of(commits,
                c -> mergeCache.get(c.sha()) && !(firstParent && c.message().kind() != CommitMessage.Kind.MERGE),
                settings.bumps());
    }

    private Optional<SemVer> declared(PackageSpec spec) throws ReleaseException {
        try {
            Optional<DeclaredVersion> d = VersionFiles.current(packageDir(spec), settings.bumpSettings());
            if (d.isEmpty()) return Optional.empty();
            Optional<SemVer> v = SemVer.parse(d.get().version());
            if (v.isEmpty()) {
                throw new ReleaseException(relative(d.get().file()) + ":" + d.get().line() + ": version '"
                        + d.get().version() + "' is not a semantic version (MAJOR.MINOR.PATCH); fix it or release with --as");
            }
            return v;
        } catch (BumpException e) {
            throw new ReleaseException(e.getMessage());
        }
    }

    Path packageDir(PackageSpec spec) {
        return spec.isRoot() ? repo.workTree() : repo.workTree().resolve(spec.path());
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.startsWith(repo.workTree()) ? repo.workTree().relativize(abs).toString().replace('\\', '/') : file.toString();
    }

    /**
     * Points packages at the new versions of the in-repository dependencies released with them, giving them a patch
     * release when configured; repeated until nothing changes, so a chain of dependents follows.
     */
    private List<PackagePlan> followDependencies(List<PackagePlan> plans) throws ReleaseException {
        if (plans.size() < 2) return plans;
        List<PackagePlan> current = new ArrayList<>(plans);
        Map<String, List<String>> names = new LinkedHashMap<>();
        try {
            for (PackagePlan p : current) names.put(p.spec().name(), VersionFiles.names(packageDir(p.spec())));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < current.size(); i++) {
                    PackagePlan q = current.get(i);
                    List<DependencyUpdate> deps = new ArrayList<>();
                    for (PackagePlan p : current) {
                        if (p == q || !p.releases()) continue;
                        List<FileEdit> edits = new ArrayList<>();
                        for (String name : names.get(p.spec().name())) {
                            for (FileEdit e : VersionFiles.bumpDependency(packageDir(q.spec()), name, p.next().get().toString(),
                                    settings.bumpSettings())) {
                                if (e.changed()) edits.add(e);
                            }
                        }
                        if (!edits.isEmpty()) deps.add(new DependencyUpdate(p.spec().name(), p.next().get(), edits));
                    }
                    if (deps.equals(q.dependencies())) continue;
                    PackagePlan updated = q;
                    if (q.releases()) {
                        updated = q.withRelease(q.next().get(), q.bump(), q.reason(), deps);
                    } else if (!deps.isEmpty() && settings.dependentsPatch()) {
                        SemVer next = q.lastRelease().map(t -> t.version().bump(Bump.PATCH))
                                .or(() -> q.declared().map(SemVer::release)).orElse(SemVer.of(1, 0, 0));
                        refuseExistingTag(q.spec().tagPattern().format(next));
                        updated = q.withRelease(next, Bump.PATCH, "patch release: in-repository dependency "
                                + deps.get(0).packageName() + " is released as " + deps.get(0).version(), deps);
                    } else if (!deps.isEmpty()) {
                        updated = new PackagePlan(q.spec(), q.lastRelease(), q.previousTag(), q.declared(), q.analysis(),
                                q.notes(), q.next(), q.bump(), q.reason() + " Its dependency versions are updated"
                                + " without a release (release.dependents: update-only).", deps);
                    }
                    if (!updated.equals(q)) {
                        current.set(i, updated);
                        changed = true;
                    }
                }
            }
        } catch (BumpException e) {
            throw new ReleaseException(e.getMessage());
        } catch (IOException e) {
            throw new ReleaseException("cannot read build files: " + e.getMessage());
        }
        return current;
    }
}
